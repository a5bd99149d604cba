package com.thenandnow.progress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which {@link ProgressStore} the app runs on. */
@Configuration
class ProgressStoreConfiguration {

    @Bean
    ProgressStore progressStore() {
        return new InMemoryProgressStore();
    }
}
