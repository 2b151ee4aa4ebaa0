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

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param asOf as {@link #asOf()}
   * @param scoringModel as {@link #scoringModel()}
   * @param evidenceLimit as {@link #evidenceLimit()}
   * @param answerMaxAgeDays as {@link #answerMaxAgeDays()}
   * @param encoding as {@link #encoding()}
   */
  public AssessmentOptions {
    requireNonNull(asOf, "asOf");
    requireNonNull(scoringModel, "scoringModel");
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("evidenceLimit must be >= 0 but was " + evidenceLimit);
    }
    if (answerMaxAgeDays < 0) {
      throw new IllegalArgumentException("answerMaxAgeDays must be >= 0 but was " + answerMaxAgeDays);
    }
    requireNonNull(encoding, "encoding");
  }

  /**
   * The defaults for an assessment date: default scoring, 10 evidence rows, answers fresh for 365 days.
   *
   * @param asOf the assessment date
   * @return the options
   */
  public static AssessmentOptions asOf(LocalDate asOf) {
    return new AssessmentOptions(asOf, ScoringModel.DEFAULT, 10, 365, Optional.empty());
  }

  /**
   * These options with another scoring model.
   *
   * @param model the scoring model
   * @return the changed options
   */
  public AssessmentOptions withScoringModel(ScoringModel model) {
    return new AssessmentOptions(asOf, model, evidenceLimit, answerMaxAgeDays, encoding);
  }

  /**
   * These options with another number of evidence rows kept per item.
   *
   * @param limit the evidence rows, not negative
   * @return the changed options
   */
  public AssessmentOptions withEvidenceLimit(int limit) {
    return new AssessmentOptions(asOf, scoringModel, limit, answerMaxAgeDays, encoding);
  }

  /**
   * These options with another age at which an answer becomes stale.
   *
   * @param days the age in days, not negative
   * @return the changed options
   */
  public AssessmentOptions withAnswerMaxAgeDays(int days) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, days, encoding);
  }

  /**
   * These options with an encoding to read every CSV file in, instead of detecting one.
   *
   * @param charset the encoding
   * @return the changed options
   */
  public AssessmentOptions withEncoding(Charset charset) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, Optional.of(charset));
  }
}
