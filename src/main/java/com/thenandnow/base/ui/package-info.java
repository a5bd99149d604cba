/**
 * What every feature's screens may use and what depends on no feature: the app's routes as strings (so views
 * link to each other without depending on each other's classes), sanitized HTML, bringing a new page into view,
 * and the citation format for article paragraphs.
 */
package com.thenandnow.base.ui;
