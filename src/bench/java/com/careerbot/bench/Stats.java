package com.careerbot.bench;

import java.util.List;
import java.util.Locale;

/** Percentiles of a set of measurements. */
final class Stats {

    private final double[] sorted;

    Stats(List<Double> values) {
        this.sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(List<Double> values) {
        return new Stats(values).percentile(50);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
