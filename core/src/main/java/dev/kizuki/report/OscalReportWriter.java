package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.internal.report.JsonOutput;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.ReportView;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an assessment as OSCAL Assessment Results (JSON, OSCAL {@value #OSCAL_VERSION}), laid out from the
 * report model: one result; an observation per item, with the rows behind it as {@code relevant-evidence}
 * ({@code file#L<line>}); a finding per item neither passing nor not applicable. A CONTRADICTED item's
 * observation is typed {@code ssp-statement-issue}, OSCAL's word for a declared implementation that the
 * evidence does not bear out, with the declared answer and the data's status as properties.
 *
 * <p>Every UUID is name-based (version 5) over the checklist id, version, as-of date and item id, and every
 * timestamp is the as-of date at midnight UTC, so the same assessment gives the same bytes. Texts are in the
 * report's language; kizuki's own values are properties in the {@value #NS} namespace. Immutable and
 * thread-safe.
 */
final class OscalReportWriter implements ReportWriter {
  static final String OSCAL_VERSION = "1.1.2";
  static final String NS = "https://kizuki.dev/ns/oscal";
  /** The characters that can start Markdown syntax (links, images, HTML, code, emphasis, headings, tables). */
  private static final String MARKDOWN = "\\`*_[]<>#!|~&";
  /** The UUID v5 namespace of kizuki's OSCAL documents (itself name-based over {@link #NS}). */
  private static final byte[] NAMESPACE = bytes(UUID.nameUUIDFromBytes(NS.getBytes(StandardCharsets.UTF_8)));

  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    JsonOutput.write(tree(ReportView.of(assessment, lang)), out);
  }

  private static ObjectNode tree(ReportView v) {
    String seed = v.checklistId() + "\n" + v.version() + "\n" + v.asOf() + "\n" + v.lang().tag();
    String at = v.asOf() + "T00:00:00Z";
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode ar = root.putObject("assessment-results");
    ar.put("uuid", uuid(seed, "document"));
    ObjectNode metadata = ar.putObject("metadata");
    metadata.put("title", line(v.t(Label.REPORT_TITLE) + ": " + v.title()));
    metadata.put("last-modified", at);
    metadata.put("version", nonBlank(v.version()));
    metadata.put("oscal-version", OSCAL_VERSION);
    ArrayNode props = metadata.putArray("props");
    prop(props, "checklist", v.checklistId());
    ar.putObject("import-ap").put("href", "#" + token(v.checklistId()));

    ObjectNode result = ar.putArray("results").addObject();
    result.put("uuid", uuid(seed, "result"));
    result.put("title", line(v.title()));
    result.put("description", markup(v.t(Label.OVERALL_SCORE) + ": " + v.score() + " / 100 ("
        + v.t(Label.SCORING_MODEL) + ": " + v.scoringModel() + ")"));
    result.put("start", at);
    result.put("end", at);
    ArrayNode resultProps = result.putArray("props");
    prop(resultProps, "score", v.score());
    prop(resultProps, "scoring-model", v.scoringModelId());
    // Every exclusion and declaration, one prop each: OSCAL tools list props, and none may be dropped.
    for (ReportView.ExclusionView e : v.exclusions()) {
      prop(resultProps, "exclusion", e.summary() + ": " + String.join(", ", e.items()));
    }
    for (ReportView.DeclarationView d : v.declarations()) {
      prop(resultProps, "declaration", d.summary());
    }
    result.putObject("reviewed-controls").putArray("control-selections").addObject().putObject("include-all");

    ArrayNode observations = result.putArray("observations");
    ArrayNode findings = JsonNodeFactory.instance.arrayNode();
    for (ReportView.ItemView item : v.items()) {
      String observation = uuid(seed, "observation\n" + item.id());
      observations.add(observation(item, observation, at, v));
      if (!item.statusId().equals("pass") && !item.statusId().equals("not_applicable")) {
        findings.add(finding(item, observation, uuid(seed, "finding\n" + item.id())));
      }
    }
    if (!findings.isEmpty()) {
      result.set("findings", findings);
    }
    return root;
  }

  private static ObjectNode observation(ReportView.ItemView item, String uuid, String at, ReportView v) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("uuid", uuid);
    o.put("title", line(item.id() + " " + item.title()));
    o.put("description", markup(item.status() + ": " + item.reason()));
    ArrayNode props = o.putArray("props");
    prop(props, "item", item.id());
    prop(props, "status", item.statusId());
    prop(props, "score", item.score());
    if (item.answer() != null) {
      prop(props, "declared", item.answer().valueId());
    }
    if (item.evidence() != null) {
      prop(props, "data-status", item.dataStatusId());
    }
    ArrayNode methods = o.putArray("methods");
    methods.add(item.evidence() != null ? "EXAMINE" : item.answer() != null ? "INTERVIEW" : "UNKNOWN");
    ArrayNode types = o.putArray("types");
    types.add("finding");
    if (item.contradicted()) {
      types.add("ssp-statement-issue");
    }
    if (item.evidence() != null) {
      ArrayNode evidence = JsonNodeFactory.instance.arrayNode();
      for (ReportView.RowView row : item.evidence().rows()) {
        ObjectNode e = evidence.addObject();
        e.put("href", href(row.source(), row.line()));
        e.put("description", markup(row.source() + ":" + row.line() + " " + row.key() + " (" + row.result() + "): "
            + row.reason()));
      }
      if (evidence.isEmpty()) {
        ObjectNode e = evidence.addObject();
        e.put("description", markup(v.t(Label.DATASET) + ": " + item.evidence().dataset() + ", "
            + v.t(Label.APPLICABLE) + " " + item.evidence().applicable() + ", " + v.t(Label.PASSING) + " "
            + item.evidence().passing()));
      }
      o.set("relevant-evidence", evidence);
    } else if (item.answer() != null) {
      ObjectNode e = o.putArray("relevant-evidence").addObject();
      e.put("href", href(item.answer().source(), item.answer().line()));
      e.put("description", markup(v.t(Label.ANSWER) + ": " + item.answer().value()
          + (item.answer().evidence().isEmpty() ? "" : " (" + item.answer().evidence() + ")")));
    }
    o.put("collected", at);
    return o;
  }

  private static ObjectNode finding(ReportView.ItemView item, String observation, String uuid) {
    ObjectNode f = JsonNodeFactory.instance.objectNode();
    f.put("uuid", uuid);
    f.put("title", line(item.id() + " " + item.title()));
    f.put("description", markup(item.reason()));
    ArrayNode props = f.putArray("props");
    prop(props, "status", item.statusId());
    prop(props, "gain", item.gain());
    prop(props, "severity", item.severityId());
    ObjectNode target = f.putObject("target");
    target.put("type", "objective-id");
    target.put("target-id", token(item.id()));
    ObjectNode status = target.putObject("status");
    status.put("state", "not-satisfied");
    status.put("reason", item.statusId().equals("fail") || item.contradicted() ? "fail" : "other");
    f.putArray("related-observations").addObject().put("observation-uuid", observation);
    return f;
  }

  private static void prop(ArrayNode props, String name, String value) {
    props.addObject().put("name", name).put("ns", NS).put("value", nonBlank(value));
  }

  /** OSCAL strings start and end with a non-space and hold no line break: made so, never dropped. */
  private static String nonBlank(String s) {
    String t = line(s).strip();
    return t.isEmpty() ? "-" : t;
  }

  /** A markup-line: one line, control characters made spaces. */
  private static String line(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return sb.toString();
  }

  /**
   * A markup-multiline text as Markdown: the characters Markdown gives a meaning to backslash-escaped, so
   * input never becomes a link, HTML, code or emphasis in a tool that renders it.
   */
  private static String markup(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    line(s).codePoints().forEach(c -> {
      if (MARKDOWN.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.appendCodePoint(c);
    });
    String t = sb.toString().strip();
    return t.isEmpty() ? "-" : t;
  }

  /** An OSCAL token (letter or underscore first, then letters, digits, {@code .-_}): other characters as {@code _}. */
  static String token(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 1);
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'
        ? c : '_'));
    if (sb.length() == 0 || !Character.isLetter(sb.codePointAt(0))) {
      sb.insert(0, '_');
    }
    return sb.toString();
  }

  /** A relative URI reference to a line of a file: every byte outside the unreserved set and {@code /} percent-encoded. */
  static String href(String source, long line) {
    StringBuilder sb = new StringBuilder();
    for (byte b : source.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~' || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    if (sb.length() == 0) {
      sb.append('.');
    }
    return sb.append("#L").append(line).toString();
  }

  /** A version 5 (SHA-1, name-based) UUID of {@code seed} and {@code name} in kizuki's namespace (RFC 4122). */
  static String uuid(String seed, String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(NAMESPACE);
      byte[] h = sha1.digest((seed + "\n" + name).getBytes(StandardCharsets.UTF_8));
      h[6] = (byte) ((h[6] & 0x0F) | 0x50);
      h[8] = (byte) ((h[8] & 0x3F) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (h[i] & 0xFF);
        lsb = (lsb << 8) | (h[i + 8] & 0xFF);
      }
      return new UUID(msb, lsb).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
    }
  }

  private static byte[] bytes(UUID u) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
      b[i + 8] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    return b;
  }
}
