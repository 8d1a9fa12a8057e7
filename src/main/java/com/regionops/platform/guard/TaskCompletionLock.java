package com.regionops.platform.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Completions of the same task take turns. Two people (or a double click) completing one task at
 * once both read it before either committed; the second then ran our listeners and the engine's
 * own code against a process instance the first had already moved on or ended, and failed with
 * NullPointerExceptions (500) instead of Camunda's optimistic-lock conflict (found by
 * ConcurrencyIT). The task's row is locked inside the transaction before anything is read: the
 * second waits, then finds the task gone and is told so (404).
 *
 * <p>The same plugin puts {@link TaskCommandGuard} right after the lock: the guard reads the task,
 * and a task read before the lock is what made the second completion fail.
 */
public class TaskCompletionLock extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
          lockTask((String) CommandFields.read(command, "taskId", TaskCompletionLock.class));
        }
        return next.execute(command);
      }
    });
    interceptors.add(new TaskCommandGuard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  private static void lockTask(String taskId) {
    if (taskId == null) {
      return;
    }
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement lock = connection.prepareStatement("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE")) {
      lock.setString(1, taskId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException("任务不存在或已由他人处理：" + taskId);
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not lock task " + taskId, e);
    }
  }
}
