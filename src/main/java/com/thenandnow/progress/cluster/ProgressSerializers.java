package com.thenandnow.progress.cluster;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import com.thenandnow.progress.ProgressChange;
import com.thenandnow.progress.journal.LearnerState;
import com.thenandnow.progress.journal.ProgressJson;
import java.io.IOException;

/**
 * How members send progress to one another: the journal's JSON ({@link ProgressJson}), so a new kind of
 * change needs no serializer of its own and what travels reads like what is journaled.
 */
final class ProgressSerializers {

    private static final ProgressJson JSON = new ProgressJson();

    private ProgressSerializers() {
    }

    static void register(SerializationConfig config) {
        config.addSerializerConfig(new SerializerConfig().setTypeClass(LearnerState.class).setImplementation(new States()));
        config.addSerializerConfig(new SerializerConfig().setTypeClass(ApplyChange.class).setImplementation(new Changes()));
        config.addSerializerConfig(new SerializerConfig().setTypeClass(KeepNewer.class).setImplementation(new Merges()));
    }

    private static void writeJson(ObjectDataOutput out, Object value) throws IOException {
        out.writeByteArray(JSON.write(value));
    }

    private static <T> T readJson(ObjectDataInput in, Class<T> type) throws IOException {
        return JSON.read(in.readByteArray(), type);
    }

    /** A map value: a learner's state. */
    private static final class States implements StreamSerializer<LearnerState> {
        @Override
        public void write(ObjectDataOutput out, LearnerState state) throws IOException {
            writeJson(out, state);
        }

        @Override
        public LearnerState read(ObjectDataInput in) throws IOException {
            return readJson(in, LearnerState.class);
        }

        @Override
        public int getTypeId() {
            return 1701;
        }
    }

    /** An update on its way to the learner's owner. */
    private static final class Changes implements StreamSerializer<ApplyChange> {
        @Override
        public void write(ObjectDataOutput out, ApplyChange apply) throws IOException {
            out.writeLong(apply.proposedSeq());
            writeJson(out, apply.change());
        }

        @Override
        public ApplyChange read(ObjectDataInput in) throws IOException {
            long proposedSeq = in.readLong();
            return new ApplyChange(readJson(in, ProgressChange.class), proposedSeq);
        }

        @Override
        public int getTypeId() {
            return 1702;
        }
    }

    /** A state from a journal, merged in at start-up. */
    private static final class Merges implements StreamSerializer<KeepNewer> {
        @Override
        public void write(ObjectDataOutput out, KeepNewer merge) throws IOException {
            writeJson(out, merge.state());
        }

        @Override
        public KeepNewer read(ObjectDataInput in) throws IOException {
            return new KeepNewer(readJson(in, LearnerState.class));
        }

        @Override
        public int getTypeId() {
            return 1703;
        }
    }
}
