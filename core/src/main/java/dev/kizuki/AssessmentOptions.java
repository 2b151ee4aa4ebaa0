package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to assess: the assessment date (explicit, so results are reproducible), the scoring model, how many
 * failing rows of evidence to keep per item, how old an answer may be before it is stale, and an
 * encoding to use instead of detecting one. Immutable; change with the {@code with} methods.
 * Limits and waivers are bound when compiling ({@link CompiledChecklist#builder(Checklist)}).
 */
public record AssessmentOptions(
    LocalDate asOf,
    ScoringModel scoringModel,
    int evidenceLimit,
    int answerMaxAgeDays,
    Optional<Charset> encoding) {

  public AssessmentOptions {
    requireNonNull(asOf, "asOf");
    requireNonNull(scoringModel, "scoringModel");
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("evidenceLimit must not be negative, was " + evidenceLimit);
    }
    if (answerMaxAgeDays < 0) {
      throw new IllegalArgumentException("answerMaxAgeDays must not be negative, was " + answerMaxAgeDays);
    }
    requireNonNull(encoding, "encoding");
  }

  /** Defaults for the assessment date {@code asOf}: default scoring, 10 evidence rows, answers fresh for 365 days. */
  public static AssessmentOptions asOf(LocalDate asOf) {
    return new AssessmentOptions(asOf, ScoringModel.DEFAULT, 10, 365, Optional.empty());
  }

  public AssessmentOptions withScoringModel(ScoringModel model) {
    return new AssessmentOptions(asOf, model, evidenceLimit, answerMaxAgeDays, encoding);
  }

  public AssessmentOptions withEvidenceLimit(int limit) {
    return new AssessmentOptions(asOf, scoringModel, limit, answerMaxAgeDays, encoding);
  }

  public AssessmentOptions withAnswerMaxAgeDays(int days) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, days, encoding);
  }

  public AssessmentOptions withEncoding(Charset charset) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, Optional.of(charset));
  }
}
