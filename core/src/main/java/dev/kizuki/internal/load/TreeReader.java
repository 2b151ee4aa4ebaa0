package dev.kizuki.internal.load;

import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a YAML or JSON document into a {@link Node} tree, refusing what a checklist never needs and an
 * attacker could use: duplicate keys, YAML anchors, aliases and tags, deep nesting and oversized input.
 * Immutable and thread-safe; each call makes its own parser.
 */
final class TreeReader {
  private final StreamReadConstraints constraints;
  private final TokenStreamFactory json;
  private final Limits limits;

  TreeReader(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // Our own check below reports the location; the parser's is the backstop.
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxDocumentLength(limits.maxChecklistChars())
            .maxStringLength(Math.min(limits.maxChecklistChars(), 1_000_000))
            .maxNumberLength(100)
            .build();
    this.constraints = constraints;
    // Duplicate keys are found while building the tree, with both locations in the message.
    this.json = JsonFactory.builder().streamReadConstraints(constraints)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** The result of reading: a tree, or null with the issues that stopped reading. */
  record Result(@Nullable Node root, List<Issue> issues) {}

  Result read(String source, Reader reader, boolean isJson) {
    List<Issue> issues = new ArrayList<>();
    try {
      return parse(source, reader, isJson, issues);
    } catch (RuntimeException e) {
      if (isDecodingError(e)) {
        issues.add(new Issue(source, 0, 0, "", LoadMessages.notUtf8()));
        return new Result(null, issues);
      }
      throw e;
    }
  }

  private static boolean isDecodingError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.charset.CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  private Result parse(String source, Reader reader, boolean isJson, List<Issue> issues) {
    try (JsonParser p = (isJson ? json : YamlSupport.factory(limits, constraints)).createParser(ObjectReadContext.empty(), reader)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        issues.add(new Issue(source, 1, 1, "", LoadMessages.emptyDocument()));
        return new Result(null, issues);
      }
      Node root = readValue(source, p, !isJson, 1, issues);
      if (root != null && p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        issues.add(new Issue(source, at.getLineNr(), at.getColumnNr(), "", LoadMessages.moreThanOneDocument()));
      }
      return new Result(issues.isEmpty() ? root : null, issues);
    } catch (StreamConstraintsException e) {
      issues.add(locate(source, e, LoadMessages.tooLarge(limits, e.getOriginalMessage())));
    } catch (JacksonException e) {
      issues.add(isDecodingError(e) ? locate(source, e, LoadMessages.notUtf8())
          : locate(source, e, LoadMessages.syntax(e.getOriginalMessage())));
    } catch (RuntimeException e) {
      if (isDecodingError(e)) {
        throw e;
      }
      // snakeyaml-engine reports its own limits (code points, aliases) as its own exceptions.
      issues.add(new Issue(source, 0, 0, "", LoadMessages.syntax(String.valueOf(e.getMessage()))));
    }
    return new Result(null, issues);
  }

  private static Issue locate(String source, JacksonException e, dev.kizuki.Text message) {
    TokenStreamLocation at = e.getLocation();
    long line = at == null ? 0 : Math.max(0, at.getLineNr());
    long col = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new Issue(source, line, col, "", message);
  }

  private @Nullable Node readValue(String source, JsonParser p, boolean yaml, int depth, List<Issue> issues) {
    TokenStreamLocation at = p.currentTokenLocation();
    long line = at.getLineNr();
    long col = at.getColumnNr();
    if (yaml) {
      Issue refused = YamlSupport.refuse(source, p, line, col);
      if (refused != null) {
        issues.add(refused);
        return null;
      }
    }
    JsonToken t = p.currentToken();
    if (depth > limits.maxNestingDepth() && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      issues.add(new Issue(source, line, col, "", LoadMessages.tooLarge(limits, "nesting depth")));
      return null;
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation keyAt = p.currentTokenLocation();
          String key = p.currentName();
          p.nextToken();
          Node value = readValue(source, p, yaml, depth + 1, issues);
          if (value == null) {
            return null;
          }
          if (entries.containsKey(key)) {
            Node.Entry first = entries.get(key);
            issues.add(new Issue(source, keyAt.getLineNr(), keyAt.getColumnNr(), "",
                LoadMessages.duplicateKey(key, first.line())));
            return null;
          }
          entries.put(key, new Node.Entry(keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new Node.MapNode(line, col, entries);
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Node value = readValue(source, p, yaml, depth + 1, issues);
          if (value == null) {
            return null;
          }
          elements.add(value);
        }
        return new Node.ListNode(line, col, elements);
      }
      case VALUE_STRING:
        return new Node.Scalar(line, col, p.getString());
      case VALUE_NUMBER_INT: {
        BigInteger big = p.getBigIntegerValue();
        if (big.bitLength() >= 64) {
          return new Node.Scalar(line, col, new BigDecimal(big));
        }
        return new Node.Scalar(line, col, big.longValue());
      }
      case VALUE_NUMBER_FLOAT:
        if (nonFinite(p.getString())) {
          // YAML's .nan and .inf are no decimal: kept as their text, so the binder reports them where they are
          // ("expected a positive number, found string ".nan"") and reading goes on to the later problems.
          return new Node.Scalar(line, col, p.getString());
        }
        return new Node.Scalar(line, col, p.getDecimalValue());
      case VALUE_TRUE:
        return new Node.Scalar(line, col, Boolean.TRUE);
      case VALUE_FALSE:
        return new Node.Scalar(line, col, Boolean.FALSE);
      case VALUE_NULL:
        return new Node.Scalar(line, col, null);
      default:
        issues.add(new Issue(source, line, col, "", LoadMessages.syntax("")));
        return null;
    }
  }

  /** YAML's .nan, .inf and -.inf (any case): floats that no BigDecimal holds. */
  private static boolean nonFinite(String text) {
    String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    return t.equalsIgnoreCase(".nan") || t.equalsIgnoreCase(".inf");
  }
}
