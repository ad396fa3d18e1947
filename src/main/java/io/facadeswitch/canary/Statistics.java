package io.facadeswitch.canary;

/**
 * Upper-tail probabilities of the normal and Student's t distributions, enough for one-sided tests without a
 * maths library.
 */
final class Statistics {

    /** Beyond this many degrees of freedom t and the normal distribution differ by less than 1e-7. */
    private static final double NORMAL_ENOUGH_DF = 1e7;
    private static final int MAX_ITERATIONS = 1_000;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final double[] LANCZOS = {76.18009172947146, -86.50532032941677, 24.01409824083091,
        -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5};

    private Statistics() {
    }

    /** P(Z > z) for a standard normal Z. */
    static double normalUpperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** P(T > t) for Student's t with {@code df} degrees of freedom (which need not be whole). */
    static double studentTUpperTail(double t, double df) {
        if (Double.isNaN(t) || Double.isNaN(df)) {
            return Double.NaN;
        }
        if (df <= 0) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 0 : 1;
        }
        if (df > NORMAL_ENOUGH_DF) {
            return normalUpperTail(t);
        }
        // P(|T| > |t|) = I_x(df/2, 1/2) with x = df / (df + t²). 1 - x is passed as computed from t, not by
        // subtraction, because for large df x is so close to 1 that the subtraction would lose the tail.
        double tSquared = t * t;
        double x = df / (df + tSquared);
        double oneMinusX = tSquared / (df + tSquared);
        double bothTails = regularizedIncompleteBeta(df / 2, 0.5, x, oneMinusX);
        return t >= 0 ? bothTails / 2 : 1 - bothTails / 2;
    }

    /**
     * The complementary error function, Numerical Recipes' Chebyshev fit {@code erfcc}: fractional error below
     * 1.2e-7 everywhere, which holds in the far tail too, where p-values get small.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double tail = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? tail : 2 - tail;
    }

    /** I_x(a, b), with 1 - x given separately so that x near 1 keeps its precision. */
    static double regularizedIncompleteBeta(double a, double b, double x, double oneMinusX) {
        if (x <= 0) {
            return 0;
        }
        if (oneMinusX <= 0) {
            return 1;
        }
        double logX = x > 0.5 ? Math.log1p(-oneMinusX) : Math.log(x);
        double logOneMinusX = oneMinusX > 0.5 ? Math.log1p(-x) : Math.log(oneMinusX);
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * logX + b * logOneMinusX);
        // The continued fraction converges fast only on this side of the mean; beyond it use the symmetry
        // I_x(a, b) = 1 - I_(1-x)(b, a).
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(a, b, x) / a;
        }
        return 1 - front * betaContinuedFraction(b, a, oneMinusX) / b;
    }

    /** Lentz's evaluation of the incomplete beta continued fraction (Numerical Recipes' betacf). */
    private static double betaContinuedFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = nonZero(1 - qab * x / qap);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        // Not reached in practice: up to NORMAL_ENOUGH_DF it converges within about 40 steps.
        return h;
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /** ln Γ(x) for x > 0 (Lanczos, as Numerical Recipes' gammln; absolute error below 2e-10). */
    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double series = 1.000000000190015;
        for (double coefficient : LANCZOS) {
            series += coefficient / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * series / x);
    }
}
