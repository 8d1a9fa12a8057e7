package com.regionops.operations;

import com.regionops.platform.engine.ParseListeners;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Counts process instances started and ended per process key for Prometheus. A count is taken
 * only when the engine's transaction commits, so a start that is rolled back (a rejected request,
 * a failing delegate) is not counted.
 */
public class ProcessMetricsPlugin extends AbstractProcessEnginePlugin {

  static final String STARTED = "regionops.process.instances.started";
  static final String ENDED = "regionops.process.instances.ended";
  static final String KEY_TAG = "processKey";

  private final MeterRegistry registry;

  public ProcessMetricsPlugin(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addPostListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, countOnCommit(counter(STARTED, definition)));
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, countOnCommit(counter(ENDED, definition)));
      }
    });
  }

  private Counter counter(String name, ProcessDefinitionEntity definition) {
    return Counter.builder(name).tag(KEY_TAG, definition.getKey()).register(registry);
  }

  private static ExecutionListener countOnCommit(Counter counter) {
    return execution -> Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, commandContext -> counter.increment());
  }
}
