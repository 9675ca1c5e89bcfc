package vn.khlt.plan;

import vn.khlt.i18n.Text;

/**
 * Whose figure is held against a target: each association on its own, one named association,
 * the associations jointly (summed), or the province (official statistics).
 */
public sealed interface Scope {

    /** The word used in plan files and in JSON output: {@code each}, {@code joint}, {@code province} or a code. */
    String key();

    /** Each association's own figure against the same target. */
    record Each() implements Scope {
        @Override
        public String key() {
            return "each";
        }
    }

    /** The associations' figures summed. */
    record Joint() implements Scope {
        @Override
        public String key() {
            return "joint";
        }
    }

    /** A context figure for the whole province, entered by the secretariat. */
    record Province() implements Scope {
        @Override
        public String key() {
            return "province";
        }
    }

    /** One association's own figure. */
    record Of(String association) implements Scope {
        @Override
        public String key() {
            return association;
        }
    }

    Scope EACH = new Each();
    Scope JOINT = new Joint();
    Scope PROVINCE = new Province();

    /** Reads a plan file's word; anything but the three keywords is taken as an association code. */
    static Scope parse(String key) {
        return switch (key) {
            case "each" -> EACH;
            case "joint" -> JOINT;
            case "province" -> PROVINCE;
            default -> new Of(key);
        };
    }

    /** A label for people, naming the association where there is one. */
    default Text label(Plan plan) {
        if (this instanceof Of of) {
            return plan.association(of.association()).map(Association::name)
                    .orElse(Text.same(of.association()));
        }
        if (this instanceof Each) {
            return Text.of("từng đoàn thể", "each association");
        }
        if (this instanceof Joint) {
            return Text.of("liên tịch (cộng các đoàn thể)", "joint (all associations)");
        }
        return Text.of("toàn tỉnh", "province");
    }
}
