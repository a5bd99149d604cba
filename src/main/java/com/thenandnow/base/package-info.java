/**
 * What every feature may rely on and what depends on no feature. Here: how the server sends Vaadin's own static
 * files; {@code base.ui} holds what every feature's screens may use.
 */
package com.thenandnow.base;
