package com.careerbot.conversation;

import com.careerbot.nlu.MessageUnderstanding;
import com.careerbot.nlu.NluProperties;
import org.springframework.core.io.ClassPathResource;

/** The app's conversation with its default settings and the models built with it, loaded once for all test classes. */
final class StandardConversation {

    private static EvaluationCommand.Standard standard;

    private StandardConversation() {
    }

    static synchronized EvaluationCommand.Standard get() {
        if (standard == null) {
            NluProperties properties = NluProperties.defaults();
            standard = EvaluationCommand.Standard.load(MessageUnderstanding.load(properties), properties);
        }
        return standard;
    }

    static ConversationScript script(String resource) {
        return ConversationScript.read(new ClassPathResource(resource), get().sheet(), get().scope());
    }
}
