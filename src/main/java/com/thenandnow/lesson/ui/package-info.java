/** Screen helpers that belong to the course itself, such as following course reloads on an open page. */
package com.thenandnow.lesson.ui;
