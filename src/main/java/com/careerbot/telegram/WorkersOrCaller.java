package com.careerbot.telegram;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on the channel's workers, or in the calling thread once the workers are shutting down: for the work that
 * records a call Telegram took, which a stop must not drop, or the call would be sent again at the next start.
 */
record WorkersOrCaller(Executor workers) implements Executor {

    @Override
    public void execute(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException stopping) {
            task.run();
        }
    }
}
