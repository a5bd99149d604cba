package com.thenandnow.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * States that the app has no translation files. Without any I18NProvider, Vaadin searches the class path
 * for default translation files on every new session and every locale lookup (it does not remember that
 * it found none), which in the packaged jar made a few percent of all CPU and allocation under load.
 * No locales and no translations give the same behaviour as no provider: the server's default locale.
 */
@Component
class NoTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return "!{" + key + "}!";
    }
}
