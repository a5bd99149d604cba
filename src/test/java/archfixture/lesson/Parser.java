package archfixture.lesson;

import archfixture.progress.Store;

/** Breaks the table (lesson may use only base) and, with Store, closes a cycle. */
public class Parser {

    public int stored(Store store) {
        return store.size();
    }
}
