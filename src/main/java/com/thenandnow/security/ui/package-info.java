/** The security configuration and the instructors' login page. */
package com.thenandnow.security.ui;
