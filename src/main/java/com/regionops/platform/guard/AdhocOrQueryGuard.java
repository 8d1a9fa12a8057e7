package com.regionops.platform.guard;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Camunda refuses expressions in ad-hoc task queries only at the top level: one inside
 * {@code orQueries} was evaluated even with {@code enableExpressionsInAdhocQueries} off, so any
 * signed-in user could run code through engine REST or the webapps' REST (hostile-input cases
 * erq-009 and on: {@code POST /engine-rest/task} with {@code orQueries} ran {@code Runtime.exec}).
 * This refuses such a query when it runs on its own and when it extends a stored filter. A
 * filter's own stored query keeps its expressions: only camunda-admin writes those, and our
 * inboxes need {@code ${currentUser()}} inside {@code or()}.
 */
class AdhocOrQueryGuard extends AbstractProcessEnginePlugin {

  static final String REFUSED = "orQueries 中不允许使用表达式（Expressions are forbidden in adhoc queries）";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration));
  }

  static class Guard extends CommandInterceptor {

    /** Inside a filter's execution the query that runs is the stored one, already checked as a whole. */
    private static final ThreadLocal<Integer> IN_FILTER = ThreadLocal.withInitial(() -> 0);
    private static final Field EXTENDING_QUERY;

    static {
      try {
        EXTENDING_QUERY = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
        EXTENDING_QUERY.setAccessible(true);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Camunda changed AbstractExecuteFilterCmd: review AdhocOrQueryGuard", e);
      }
    }

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (configuration.isEnableExpressionsInAdhocQueries()) {
        return next.execute(command);
      }
      if (command instanceof AbstractExecuteFilterCmd filter) {
        refuseExpressionsInOrQueries(extendingQuery(filter));
        IN_FILTER.set(IN_FILTER.get() + 1);
        try {
          return next.execute(command);
        } finally {
          IN_FILTER.set(IN_FILTER.get() - 1);
        }
      }
      if (IN_FILTER.get() == 0) {
        refuseExpressionsInOrQueries(command);
      }
      return next.execute(command);
    }

    static void refuseExpressionsInOrQueries(Object query) {
      if (query instanceof TaskQueryImpl task) {
        for (TaskQueryImpl or : task.getQueries()) {
          if (or != task && or.getExpressions() != null && !or.getExpressions().isEmpty()) {
            throw new BadUserRequestException(REFUSED);
          }
        }
      }
    }

    private static Object extendingQuery(AbstractExecuteFilterCmd filter) {
      try {
        return EXTENDING_QUERY.get(filter);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
