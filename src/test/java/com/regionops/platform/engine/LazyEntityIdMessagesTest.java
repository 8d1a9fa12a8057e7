package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.support.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LazyEntityIdMessagesTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;

  <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  @Test
  void theEngineInsertsThroughTheLazyEntityManager() {
    Class<?> type = inCommand(context -> context.getDbEntityManager().getClass());
    assertThat(type).isEqualTo(LazyEntityIdMessages.EntityManager.class);
  }

  @Test
  void anEntityWithoutAnIdStillGetsOneFromTheEngine() {
    String id = inCommand(context -> {
      ByteArrayEntity bytes = new ByteArrayEntity("lazy-id-test", new byte[] {1});
      context.getDbEntityManager().insert(bytes);
      return bytes.getId();
    });

    assertThat(id).isNotBlank();
    ByteArrayEntity stored = inCommand(context -> context.getDbEntityManager().selectById(ByteArrayEntity.class, id));
    assertThat(stored.getName()).isEqualTo("lazy-id-test");
    inCommand(context -> {
      context.getByteArrayManager().deleteByteArrayById(id);
      return null;
    });
  }

  @Test
  void theReservedIdIsStillRefusedWithCamundasMessage() {
    assertThatThrownBy(() -> inCommand(context -> {
      ByteArrayEntity bytes = new ByteArrayEntity("lazy-id-test", new byte[] {1});
      bytes.setId("*");
      context.getDbEntityManager().insert(bytes);
      return null;
    })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("has an invalid id")
        .hasMessageContaining("lazy-id-test").hasMessageContaining("reserved identifier");
  }
}
