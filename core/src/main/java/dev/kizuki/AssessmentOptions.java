package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to assess: the assessment date (explicit, so results are reproducible), the scoring model, how many
 * failing rows of evidence to keep per item, how old an answer may be before it is stale, the limits on data
 * files, an encoding to use instead of detecting one, and the waivers to apply (applied on {@code asOf}).
 * Immutable; change with the {@code with} methods.
 */
public record AssessmentOptions(
    LocalDate asOf,
    ScoringModel scoringModel,
    int evidenceLimit,
    int answerMaxAgeDays,
    Limits limits,
    Optional<Charset> encoding,
    Waivers waivers) {

  public AssessmentOptions {
    requireNonNull(asOf, "asOf");
    requireNonNull(scoringModel, "scoringModel");
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("evidenceLimit must not be negative, was " + evidenceLimit);
    }
    if (answerMaxAgeDays < 0) {
      throw new IllegalArgumentException("answerMaxAgeDays must not be negative, was " + answerMaxAgeDays);
    }
    requireNonNull(limits, "limits");
    requireNonNull(encoding, "encoding");
    requireNonNull(waivers, "waivers");
  }

  /** Options without waivers. */
  public AssessmentOptions(LocalDate asOf, ScoringModel scoringModel, int evidenceLimit, int answerMaxAgeDays,
      Limits limits, Optional<Charset> encoding) {
    this(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, limits, encoding, Waivers.NONE);
  }

  /** Defaults for the assessment date {@code asOf}: default scoring, 10 evidence rows, answers fresh for 365 days. */
  public static AssessmentOptions asOf(LocalDate asOf) {
    return new AssessmentOptions(asOf, ScoringModel.DEFAULT, 10, 365, Limits.defaults(), Optional.empty(), Waivers.NONE);
  }

  public AssessmentOptions withScoringModel(ScoringModel model) {
    return new AssessmentOptions(asOf, model, evidenceLimit, answerMaxAgeDays, limits, encoding, waivers);
  }

  public AssessmentOptions withEvidenceLimit(int limit) {
    return new AssessmentOptions(asOf, scoringModel, limit, answerMaxAgeDays, limits, encoding, waivers);
  }

  public AssessmentOptions withAnswerMaxAgeDays(int days) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, days, limits, encoding, waivers);
  }

  public AssessmentOptions withLimits(Limits newLimits) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, newLimits, encoding, waivers);
  }

  public AssessmentOptions withEncoding(Charset charset) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, limits,
        Optional.of(charset), waivers);
  }

  /**
   * These options with {@code newWaivers} applied on {@code asOf}. The honest score is not changed by
   * waivers; see {@link Assessment#scoreWithWaivers()}.
   */
  public AssessmentOptions withWaivers(Waivers newWaivers) {
    return new AssessmentOptions(asOf, scoringModel, evidenceLimit, answerMaxAgeDays, limits, encoding,
        requireNonNull(newWaivers, "waivers"));
  }
}
