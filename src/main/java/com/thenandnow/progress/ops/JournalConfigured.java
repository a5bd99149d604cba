package com.thenandnow.progress.ops;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches unless {@code app.progress.journal} is {@code none}: a journal is the default. */
class JournalConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String journal = context.getEnvironment().getProperty("app.progress.journal", ProgressStoreProperties.DEFAULT_JOURNAL);
        return ProgressStoreProperties.isNone(journal)
                ? ConditionOutcome.noMatch("app.progress.journal is " + ProgressStoreProperties.NONE)
                : ConditionOutcome.match("app.progress.journal is " + journal);
    }
}
