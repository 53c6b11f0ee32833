package dev.corekit.sandbox.hostile;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Hostile inputs drawn from a seeded {@link Random}, so that a failing input is reproduced by its seed. */
final class Generator {
    private final Random random;

    Generator(long seed) {
        this.random = new Random(seed);
    }

    /** Up to {@code max} fragments picked at random, joined. */
    String joined(List<String> fragments, int max) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) {
            out.append(fragments.get(random.nextInt(fragments.size())));
        }
        return out.toString();
    }

    /** Up to {@code max} characters of any kind: controls, surrogates (paired or not), anything. */
    String anyText(int max) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) {
            out.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return out.toString();
    }

    /** {@code shape} applied to a size between 1 and {@code max}, e.g. a nesting depth. */
    String sized(int max, Function<Integer, String> shape) {
        return shape.apply(1 + random.nextInt(max));
    }

    boolean flip() {
        return random.nextBoolean();
    }

    /** One of the given generators, picked with the given weights. */
    @SafeVarargs
    final String oneOf(int[] weights, java.util.function.Supplier<String>... generators) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return generators[i].get();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
