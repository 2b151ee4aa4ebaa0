package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The JUnit XML report: valid against the JUnit schema CI servers read, an item per case, status as documented. */
class JUnitReportWriterTest {
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return f.newSchema(new StreamSource(new StringReader(ReportSamples.resource("reports/junit-10.xsd"))));
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String junit(Assessment a, Lang lang) {
    return ReportSamples.render(ReportFormat.JUNIT.writer(), a, lang);
  }

  private static void validate(String xml) throws SAXException, IOException {
    SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void write_miniAndTailored_validAgainstJUnitSchema(Lang lang) throws Exception {
    validate(junit(ReportSamples.mini(), lang));
    validate(junit(ReportSamples.tailored(), lang));
    validate(junit(undecided(), lang));
  }

  @Test
  void write_payloads_validAndEveryPayloadKeptAsText() throws Exception {
    // given: every text is a markup, script, formula or control-character payload
    List<String> payloads = ReportSamples.corpus("reports/payloads.txt");
    Assessment a = ReportSamples.payloads(payloads);
    String xml = junit(a, Lang.EN);
    // when
    validate(xml);
    Document doc = parse(xml);
    // then: one element per case, nothing made from input, names as written (minus what XML cannot carry)
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(a.items().size());
    // Cases come grouped by category (a suite each), so compare the names as a whole, not in item order.
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    List<String> expected = new java.util.ArrayList<>();
    for (ItemResult r : a.items()) {
      expected.add(carried(r.id() + " " + r.item().title().en()));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
  }

  /** The mini checklist over data that cannot be judged: invalid dates (ERROR), no other data (UNKNOWN). */
  private static Assessment undecided() {
    Checklist checklist = ChecklistLoader.create().parse("mini.yaml", ReportSamples.resource("checklists/mini.yaml"));
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(Map.of("system_id", "a", "criticality", "high", "last_failover_test", "soon",
            "firmware_changed_on", "", "standby_count", "x")))
        .build();
    return CompiledChecklist.compile(checklist).assess(inputs, AssessmentOptions.asOf(ReportSamples.AS_OF));
  }

  @Test
  void write_eachStatus_becomesTheDocumentedElement() throws Exception {
    Assessment undecided = undecided();
    assertThat(undecided.count(Outcome.UNKNOWN)).as("sample has UNKNOWN items").isPositive();
    assertThat(undecided.count(Outcome.ERROR)).as("sample has ERROR items").isPositive();
    for (Assessment a : List.of(ReportSamples.mini(), ReportSamples.tailored(), undecided)) {
      Document doc = parse(junit(a, Lang.EN));
      NodeList cases = doc.getElementsByTagName("testcase");
      Map<String, String> kinds = new TreeMap<>();
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        NodeList children = c.getElementsByTagName("*");
        kinds.put(c.getAttribute("name"), children.getLength() == 0 ? "pass" : children.item(0).getNodeName());
      }
      Map<String, String> expected = new TreeMap<>();
      a.items().forEach(r -> expected.put(r.id() + " " + r.item().title().en(), expectedKind(r.outcome())));
      assertThat(kinds).isEqualTo(expected);
      Element root = doc.getDocumentElement();
      assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(a.items().size()));
      assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(
          a.count(Outcome.FAIL) + a.count(Outcome.PARTIAL) + a.count(Outcome.CONTRADICTED)));
      assertThat(root.getAttribute("errors")).isEqualTo(String.valueOf(a.count(Outcome.ERROR)));
    }
  }

  @Test
  void write_contradictedItem_failureTypedContradictedWithRows() throws Exception {
    Document doc = parse(junit(ReportSamples.mini(), Lang.JA));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("矛盾");
    assertThat(failure.getAttribute("message")).startsWith("矛盾: ");
    assertThat(failure.getTextContent()).contains("systems (in memory):3");
  }

  @Test
  void write_sameAssessmentTwice_sameCharacters() {
    assertThat(junit(ReportSamples.tailored(), Lang.JA)).isEqualTo(junit(ReportSamples.tailored(), Lang.JA));
  }

  @Test
  void schema_caseWithoutName_isRejected() {
    // The schema check can fail: a test case must have a name, and only JUnit's elements may appear.
    String xml = junit(ReportSamples.mini(), Lang.EN);
    assertThatThrownBy(() -> validate(xml.replaceFirst("<testcase name=\"[^\"]*\"", "<testcase")))
        .isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> validate(xml.replaceFirst("<failure ", "<broken ").replaceFirst("</failure>", "</broken>")))
        .isInstanceOf(SAXException.class);
  }

  private static String expectedKind(Outcome o) {
    return switch (o) {
      case PASS -> "pass";
      case FAIL, PARTIAL, CONTRADICTED -> "failure";
      case ERROR -> "error";
      case UNKNOWN, NOT_APPLICABLE -> "skipped";
    };
  }

  /** {@code s} as an XML attribute carries it: characters XML 1.0 cannot hold replaced by U+FFFD. */
  private static String carried(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && !(c >= 0x7F && c <= 0x9F)
          && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF')) {
        sb.append(c);
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }
}
