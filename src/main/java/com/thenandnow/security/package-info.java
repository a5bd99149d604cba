/**
 * Who may enter the instructor area: one instructor account from configuration. Learner pages are
 * open to everyone; progress is tied to a cookie, not to an account.
 */
package com.thenandnow.security;
