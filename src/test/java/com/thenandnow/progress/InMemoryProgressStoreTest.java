package com.thenandnow.progress;

/** The in-memory store passes the store contract. */
class InMemoryProgressStoreTest extends ProgressStoreContract {

    @Override
    protected ProgressStore newStore() {
        return new InMemoryProgressStore();
    }
}
