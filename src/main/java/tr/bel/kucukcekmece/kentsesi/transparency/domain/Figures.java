package tr.bel.kucukcekmece.kentsesi.transparency.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;

/**
 * The figures of one group of submissions (a department, a service, a neighbourhood, a month),
 * computed from the summed measures of its rollup cells. Unsuppressed: callers for the public apply
 * {@link #MIN_BASIS}.
 *
 * @param answered submissions with a first response (the basis of the on-time and reopen rates and
 *     response days)
 * @param resolved submissions with a resolution (the basis of the resolution days)
 */
public record Figures(
    long submissions,
    Map<FeedbackKind, Long> byKind,
    Rating satisfaction,
    Rating resolutionSatisfaction,
    long answered,
    Double onTimeRate,
    Double reopenRate,
    Integer medianResponseDays,
    Integer p90ResponseDays,
    long resolved,
    Integer medianResolutionDays,
    Integer p90ResolutionDays) {

  /** A figure built from fewer responses than this is not published ("too few responses"). */
  public static final int MIN_BASIS = 5;

  /** Whether a figure with this basis may be published. */
  public static boolean publishable(long basis) {
    return basis >= MIN_BASIS;
  }

  /**
   * A mean rating with its 95 % confidence interval (Student's t with n − 1 degrees of freedom;
   * null bounds for a single rating) and the number of ratings per value 1..5.
   */
  public record Rating(
      long ratings, Double mean, Double ci95Low, Double ci95High, long[] distribution) {

    static Rating of(long[] v, int offset) {
      long n = 0;
      double sum = 0;
      double squares = 0;
      long[] dist = new long[5];
      for (int i = 0; i < 5; i++) {
        long c = v[offset + i];
        dist[i] = c;
        n += c;
        sum += c * (i + 1.0);
        squares += c * (i + 1.0) * (i + 1.0);
      }
      if (n == 0) {
        return new Rating(0, null, null, null, dist);
      }
      double mean = sum / n;
      if (n == 1) {
        return new Rating(1, round(mean, 3), null, null, dist);
      }
      double variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
      double half = tQuantile975(n - 1) * Math.sqrt(variance / n);
      return new Rating(n, round(mean, 3), round(mean - half, 3), round(mean + half, 3), dist);
    }
  }

  public static Figures of(long[] v) {
    Map<FeedbackKind, Long> kinds = new LinkedHashMap<>();
    for (FeedbackKind k : FeedbackKind.values()) {
      kinds.put(k, v[Measures.KIND + k.ordinal()]);
    }
    long answered = v[Measures.ANSWERED];
    long resolved = v[Measures.RESOLVED];
    return new Figures(
        v[Measures.SUBMISSIONS],
        kinds,
        Rating.of(v, Measures.RATING),
        Rating.of(v, Measures.RESOLUTION_RATING),
        answered,
        answered == 0 ? null : round((double) v[Measures.ON_TIME] / answered, 4),
        answered == 0 ? null : round((double) v[Measures.REOPENED] / answered, 4),
        percentile(v, Measures.FIRST_RESPONSE_DAYS, 0.5),
        percentile(v, Measures.FIRST_RESPONSE_DAYS, 0.9),
        resolved,
        percentile(v, Measures.RESOLUTION_DAYS, 0.5),
        percentile(v, Measures.RESOLUTION_DAYS, 0.9));
  }

  /**
   * The nearest-rank percentile of a days histogram: the smallest number of days d such that at
   * least {@code p} of the counted submissions took d days or fewer. Null when nothing was counted.
   */
  static Integer percentile(long[] v, int offset, double p) {
    long n = 0;
    for (int d = 0; d <= Measures.MAX_DAYS; d++) {
      n += v[offset + d];
    }
    if (n == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(p * n - 1e-9));
    long cumulative = 0;
    for (int d = 0; d <= Measures.MAX_DAYS; d++) {
      cumulative += v[offset + d];
      if (cumulative >= rank) {
        return d;
      }
    }
    return Measures.MAX_DAYS;
  }

  private static final double[] T975 = {
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788,
    2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
    2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423
  };

  /**
   * The 97.5 % quantile of Student's t: a table up to 30 degrees of freedom, the Cornish–Fisher
   * expansion above.
   */
  public static double tQuantile975(long df) {
    if (df <= 0) {
      throw new IllegalArgumentException("df");
    }
    if (df <= T975.length) {
      return T975[(int) df - 1];
    }
    double z = 1.959964;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z
        + (z3 + z) / (4.0 * df)
        + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
  }

  static Double round(double x, int places) {
    double f = Math.pow(10, places);
    return Math.round(x * f) / f;
  }
}
