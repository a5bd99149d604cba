package com.thenandnow.lesson;

import java.util.Collection;

/**
 * How many errors and warnings some problems hold: the one count the validator, the library's log and the
 * instructor area share, so they never disagree.
 */
public record ProblemCount(long errors, long warnings) {

    public static ProblemCount of(Collection<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return new ProblemCount(errors, problems.size() - errors);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public boolean isClean() {
        return errors == 0 && warnings == 0;
    }

    /** Such as "1 error, 2 warnings". */
    @Override
    public String toString() {
        return Wording.count(errors, "error") + ", " + Wording.count(warnings, "warning");
    }
}
