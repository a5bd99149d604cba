package archfixture.progress;

import archfixture.lesson.Parser;
import org.springframework.util.Assert;

/** A plain domain class that uses Spring. */
public class Store {

    public int size() {
        Assert.state(new Parser().stored(this) >= 0, "never negative");
        return 0;
    }
}
