package com.careerbot.conversation;

/** What the user did: typed a message, or tapped a button. */
public sealed interface Input {

    /** A typed message; commands such as {@code /quiz} are messages too. */
    record Text(String text) implements Input {
        public Text {
            if (text == null) {
                throw new IllegalArgumentException("A message needs a text");
            }
        }
    }

    /** Something else than text (a sticker, a photo, a voice note…): the bot reads text only. */
    record Other(String kind) implements Input {
    }

    /** A tapped button, with the payload the button carried (possibly stale or forged). */
    record Press(String payload) implements Input {
        public Press {
            if (payload == null) {
                throw new IllegalArgumentException("A button press needs a payload");
            }
        }
    }
}
