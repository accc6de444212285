package tr.bel.kucukcekmece.kentsesi.transparency.domain;

/**
 * A key performance indicator with a yearly target set by Strategy Development. Each knows whether
 * higher is better and how close to the target counts as "at risk".
 */
public enum Kpi {
  /** Mean satisfaction rating (1–5). */
  SATISFACTION(true, 0.2),
  /** Share of answered submissions answered by the due date (0–1). */
  ON_TIME_RATE(true, 0.05),
  /** Median days to first response. */
  MEDIAN_RESPONSE_DAYS(false, 1),
  /** Share of answered submissions that citizens reopened (0–1). */
  REOPEN_RATE(false, 0.02),
  /** Mean rating of the resolution (1–5). */
  RESOLUTION_SATISFACTION(true, 0.2);

  private final boolean higherIsBetter;
  private final double riskMargin;

  Kpi(boolean higherIsBetter, double riskMargin) {
    this.higherIsBetter = higherIsBetter;
    this.riskMargin = riskMargin;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public double riskMargin() {
    return riskMargin;
  }

  /**
   * MET when the target is reached, AT_RISK when it is missed by no more than the margin, MISSED
   * otherwise.
   */
  public enum Status {
    MET,
    AT_RISK,
    MISSED,
    NO_DATA
  }

  public Status status(Double value, Double target) {
    if (value == null || target == null) {
      return Status.NO_DATA;
    }
    double gap = higherIsBetter ? target - value : value - target;
    if (gap <= 1e-9) {
      return Status.MET;
    }
    return gap <= riskMargin + 1e-9 ? Status.AT_RISK : Status.MISSED;
  }

  /** This KPI's value in a set of figures (null when there is nothing to measure). */
  public Double value(Figures f) {
    return switch (this) {
      case SATISFACTION -> f.satisfaction().mean();
      case ON_TIME_RATE -> f.onTimeRate();
      case MEDIAN_RESPONSE_DAYS ->
          f.medianResponseDays() == null ? null : f.medianResponseDays().doubleValue();
      case REOPEN_RATE -> f.reopenRate();
      case RESOLUTION_SATISFACTION -> f.resolutionSatisfaction().mean();
    };
  }

  /** How many responses the value is built from. */
  public long basis(Figures f) {
    return switch (this) {
      case SATISFACTION -> f.satisfaction().ratings();
      case ON_TIME_RATE, MEDIAN_RESPONSE_DAYS, REOPEN_RATE -> f.answered();
      case RESOLUTION_SATISFACTION -> f.resolutionSatisfaction().ratings();
    };
  }

  /** Whether a target value is in range for this KPI. */
  public boolean validTarget(double target) {
    return switch (this) {
      case SATISFACTION, RESOLUTION_SATISFACTION -> target >= 1 && target <= 5;
      case ON_TIME_RATE, REOPEN_RATE -> target >= 0 && target <= 1;
      case MEDIAN_RESPONSE_DAYS -> target >= 0 && target <= 365;
    };
  }
}
