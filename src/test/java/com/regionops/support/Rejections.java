package com.regionops.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.regionops.platform.web.InputRejectedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The engine wraps what listeners and delegates throw; our rejection sits somewhere in the chain. */
public final class Rejections {

  private Rejections() {
  }

  /** Runs the call, asserts it was refused, and returns the field the refusal names. */
  public static String rejectedField(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    InputRejectedException rejection = InputRejectedException.in(thrown);
    assertThat(rejection).as("InputRejectedException in " + thrown).isNotNull();
    return rejection.field();
  }

  /** Runs the call, asserts it was refused, and returns the refusal's message. */
  public static String rejectedMessage(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    InputRejectedException rejection = InputRejectedException.in(thrown);
    assertThat(rejection).as("InputRejectedException in " + thrown).isNotNull();
    return rejection.getMessage();
  }
}
