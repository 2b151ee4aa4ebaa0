package dev.kizuki.internal.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.ProfileChange;
import dev.kizuki.Tailoring;
import dev.kizuki.WaiverReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The profile and waivers of an assessment in one language, as every human-readable report shows them: one
 * line per change, per item not selected and per waiver, each already worded, so that the writers only lay
 * them out. {@code profile} is null without a profile; {@code scoreWithWaivers} is empty without waivers.
 * Immutable.
 */
public record TailoringView(
    @Nullable ProfileView profile,
    String scoreWithWaivers,
    List<WaiverView> waivers) {

  /** The profile: its id and title, the extends chain, what it changed and what it left out. */
  public record ProfileView(String id, String title, String chain, String source, List<ChangeView> changes,
      List<NotSelectedView> notSelected) {}

  /** One change: which profile made it, what it does ("NISC-BAK-02 max_age_days: 30 → 14"), why and where. */
  public record ChangeView(String profile, String kind, String what, String reason, String where) {}

  public record NotSelectedView(String id, String title, String reason) {}

  /** One waiver: its status, the honest and the waived outcome, and who approved it why until when. */
  public record WaiverView(String item, String statusId, String status, String outcome, String withWaiver,
      String rows, String justification, String approver, String expires, String where) {}

  public static TailoringView of(Assessment a, Lang lang) {
    ProfileView profile = a.tailoring().map(t -> profile(t, lang)).orElse(null);
    List<WaiverView> waivers = new ArrayList<>();
    for (WaiverReport.Entry e : a.waivers().entries()) {
      waivers.add(waiver(e, lang));
    }
    String withWaivers = a.waivers().given() ? Numbers.points(a.scoreWithWaivers()) : "";
    return new TailoringView(profile, withWaivers, List.copyOf(waivers));
  }

  /** Whether there is anything to show. */
  public boolean isEmpty() {
    return profile == null && scoreWithWaivers.isEmpty();
  }

  /**
   * A short note for the item's line in a list, such as "Waived until 2027-03-31" or "Rows waived: PASS with
   * the waiver", or empty when no waiver applies to it.
   */
  public static String itemNote(Assessment a, String itemId, Lang lang) {
    Optional<WaiverReport.Entry> e = a.waivers().forItem(itemId).filter(x -> x.status().applied());
    if (e.isEmpty()) {
      return "";
    }
    WaiverReport.Entry entry = e.get();
    String until = lang == Lang.JA ? "（" + entry.waiver().expires() + " まで）" : " until " + entry.waiver().expires();
    if (entry.status() == WaiverReport.Status.WAIVED) {
      return Label.WAIVER_WAIVED.get(lang) + until;
    }
    return Label.WAIVER_ROWS_WAIVED.get(lang) + until + ": " + Label.OUTCOME_WITH_WAIVER.get(lang) + " "
        + Label.of(entry.outcomeWithWaiver()).get(lang);
  }

  private static ProfileView profile(Tailoring t, Lang lang) {
    List<ChangeView> changes = new ArrayList<>();
    for (ProfileChange c : t.changes()) {
      changes.add(new ChangeView(c.profile(), Label.of(c.kind()).get(lang), what(c), c.reason().get(lang),
          c.location().format()));
    }
    List<NotSelectedView> notSelected = new ArrayList<>();
    for (Tailoring.NotSelected n : t.notSelected()) {
      notSelected.add(new NotSelectedView(n.item().id(), n.item().title().get(lang),
          n.because().reason().get(lang) + " (" + n.because().profile() + ")"));
    }
    return new ProfileView(t.profile().id(), t.profile().title().get(lang), String.join(" → ", t.profile().chain()),
        t.profile().source(), List.copyOf(changes), List.copyOf(notSelected));
  }

  private static String what(ProfileChange c) {
    String target = c.parameter().isEmpty() ? c.target() : c.target() + " " + c.parameter();
    if (c.value().isEmpty()) {
      return target;
    }
    String to = show(c.value().get());
    return c.previous().isPresent() ? target + ": " + show(c.previous().get()) + " → " + to : target + ": " + to;
  }

  private static String show(Object v) {
    return v instanceof Double d ? Numbers.fixed(d, d == Math.rint(d) ? 0 : Numbers.POINTS) : String.valueOf(v);
  }

  private static WaiverView waiver(WaiverReport.Entry e, Lang lang) {
    return new WaiverView(e.waiver().item(), e.status().id(), Label.of(e.status()).get(lang),
        Label.of(e.outcome()).get(lang), Label.of(e.outcomeWithWaiver()).get(lang), String.join(", ", e.waiver().rows()),
        e.waiver().justification().get(lang), e.waiver().approver(), e.waiver().expires().toString(),
        e.waiver().location().format());
  }
}
