/**
 * The app's shell: the main layout every page sits in, error pages, the current learner's id
 * (a cookie), and links between the feature views, which address each other by route so that
 * feature UIs never depend on one another.
 */
package com.thenandnow.base.ui;
