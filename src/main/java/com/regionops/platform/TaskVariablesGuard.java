package com.regionops.platform;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a person may write into a process through a task: the fields its Camunda Form lets them
 * edit, nothing else. Camunda writes every variable a candidate sends with a completion (engine
 * REST, Tasklist) or sets on the task, and later gateways, loops, timers and delegates read them:
 * an office could name its own reviewer, pass a readiness check or stall a region's parallel loop
 * (docs/access-matrix.md, "What a task command may write").
 *
 * <p>For a caller with an authentication (a person; the engine's jobs and our own services have
 * none), on completing, submitting, resolving, setting, patching and removing task variables:
 * <ul>
 *   <li>an editable field is written as sent (the process's listeners check its value);</li>
 *   <li>a read-only field may be sent back unchanged (Tasklist does) and is then not written again;
 *       changed, it is refused;</li>
 *   <li>any other variable, and removing anything but an editable field, is refused;</li>
 *   <li>BPMN errors and escalations thrown from a task are refused: no model of ours catches one.</li>
 * </ul>
 * A refusal is a 400 naming the variable, before the command has written anything.
 *
 * <p>Runs after {@link TaskCompletionLock}: it reads the task, which must not happen before the lock.
 */
public class TaskVariablesGuard extends CommandInterceptor {

  private final Map<String, TaskFormFields> forms = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    if (isTaskWrite(command)) {
      CommandContext context = Context.getCommandContext();
      if (context.getAuthentication() != null) {
        check(context, command);
      }
    }
    return next.execute(command);
  }

  private static boolean isTaskWrite(Command<?> command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd || command instanceof HandleTaskBpmnErrorCmd
        || command instanceof HandleTaskEscalationCmd;
  }

  private void check(CommandContext context, Command<?> command) {
    String taskId = (String) argument(command, command instanceof AbstractSetVariableCmd
        || command instanceof AbstractPatchVariablesCmd || command instanceof AbstractRemoveVariableCmd
        ? "entityId" : "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers that there is no such task
    }
    InputRejectedException refusal = refusal(context, task, command);
    if (refusal != null) {
      // Someone who may not act on the task at all is told so first (403, or 404 for another
      // region), as the command would: a 400 would confirm the task exists.
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
            || command instanceof AbstractRemoveVariableCmd) {
          checker.checkUpdateTaskVariable(task);
        } else {
          checker.checkTaskWork(task);
        }
      }
      throw refusal;
    }
  }

  /** Why the command may not write what it carries, or null; drops read-only fields sent back unchanged. */
  private InputRejectedException refusal(CommandContext context, TaskEntity task, Command<?> command) {
    if (command instanceof HandleTaskBpmnErrorCmd) {
      // Uncaught, Camunda ends the instance: whoever holds a task could end the process.
      return InputRejectedException.badInput("errorCode", "流程不接受从任务抛出的业务错误，请按表单办理");
    }
    if (command instanceof HandleTaskEscalationCmd) {
      return InputRejectedException.badInput("escalationCode", "流程不接受从任务发起的升级，请按表单办理");
    }
    TaskFormFields form = formOf(context, task);
    Collection<?> removals = command instanceof PatchTaskVariablesCmd ? (Collection<?>) argument(command, "deletions")
        : command instanceof RemoveTaskVariablesCmd ? (Collection<?>) argument(command, "variableNames") : null;
    if (removals != null) {
      for (Object removal : removals) {
        String name = String.valueOf(removal);
        if (form.readOnly().containsKey(name)) {
          return InputRejectedException.badInput(name, "「" + form.labelOf(name) + "」只供查看，办理时不能删除");
        }
        if (!form.editable().containsKey(name)) {
          return notInForm(name);
        }
      }
    }
    String variablesField = command instanceof SubmitTaskFormCmd ? "properties"
        : command instanceof RemoveTaskVariablesCmd ? null : "variables";
    Map<?, ?> variables = variablesField == null ? null : (Map<?, ?>) argument(command, variablesField);
    if (variables == null || variables.isEmpty()) {
      return null;
    }
    Map<String, Object> written = new LinkedHashMap<>();
    for (Object key : variables.keySet()) {
      String name = String.valueOf(key);
      // A VariableMap's entries unwrap their values, and a serialized one throws: take it typed, as sent.
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(key);
      if (form.editable().containsKey(name)) {
        written.put(name, value);
      } else if (!form.readOnly().containsKey(name)) {
        return notInForm(name);
      } else if (!unchanged(task.getVariableTyped(name, false), value)) {
        return InputRejectedException.badInput(name, "「" + form.labelOf(name) + "」只供查看，办理时不能修改");
      }
    }
    if (written.size() < variables.size()) {
      // Read-only fields sent back unchanged are not written again: no history entry, no change of type.
      CommandFields.replace(command, variablesField, Variables.fromMap(written), getClass());
    }
    return null;
  }

  private static InputRejectedException notInForm(String name) {
    return InputRejectedException.badInput(name, "此任务的表单没有这一项，办理时不能写入或删除");
  }

  private static Object argument(Command<?> command, String name) {
    return CommandFields.read(command, name, TaskVariablesGuard.class);
  }

  private TaskFormFields formOf(CommandContext context, TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null || (definition.getCamundaFormDefinitionKey() == null && definition.getFormKey() == null)) {
      return TaskFormFields.NONE;
    }
    if ("latest".equals(definition.getCamundaFormDefinitionBinding())) {
      return load(context, task.getId()); // a later form deployment changes what this task shows
    }
    return forms.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> load(context, task.getId()));
  }

  private static TaskFormFields load(CommandContext context, String taskId) {
    try (InputStream schema = context.runWithoutAuthorization(new GetDeployedTaskFormCmd(taskId))) {
      return TaskFormFields.parse(schema);
    } catch (IOException e) {
      throw new ProcessEngineException("Could not read the form of task " + taskId, e);
    }
  }

  /**
   * Whether a read-only field came back as the task shows it. Tasklist sends each field with the
   * type it read; a field the instance does not hold comes back empty (text "", checkbox false).
   */
  static boolean unchanged(Object current, Object sent) {
    Object shown = plain(current);
    Object back = plain(sent);
    if (isEmpty(shown)) {
      return isEmpty(back) || Boolean.FALSE.equals(back);
    }
    if (shown instanceof Number a && back instanceof Number b) {
      try {
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
      } catch (NumberFormatException notFinite) {
        return a.equals(b);
      }
    }
    return shown.equals(back);
  }

  private static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static boolean isEmpty(Object value) {
    return value == null || "".equals(value) || (value instanceof Collection<?> list && list.isEmpty());
  }
}
