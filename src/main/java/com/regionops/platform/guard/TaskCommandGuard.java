package com.regionops.platform.guard;

import com.regionops.platform.web.InputRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a person may do to a process through its tasks: write the fields a task's Camunda Form lets
 * them edit, with the completion, and hand the task only to those who may do it. Camunda writes
 * every variable a candidate sends with a completion (engine REST, Tasklist) or sets on the task,
 * and later gateways, loops, timers and delegates read them: an office could name its own
 * reviewer, pass a readiness check or stall a region's parallel loop (docs/access-matrix.md,
 * "What a task command may write").
 *
 * <p>For a caller with an authentication (a person; the engine's jobs and our own services have none):
 * <ul>
 *   <li>completing, submitting or resolving: an editable field is written as sent (the process's
 *       listeners check its value), as a transient variable when the form marks it so (an answer its
 *       listener records elsewhere); a read-only field may come back unchanged (Tasklist sends the
 *       whole form) and is then not written again; changed, or any other variable, it is refused;</li>
 *   <li>setting, patching or removing task variables (process or task-local) is refused: Tasklist
 *       keeps drafts in the browser, and a task-local value would be what the completion's
 *       listeners check while the process goes on with the completion's own;</li>
 *   <li>adding or removing a task's candidate groups or users is for camunda-admin only: listeners
 *       take the project or function a task answers for from them;</li>
 *   <li>a task goes (claim, assign, delegate, owner) only to a candidate, or a member of one of its
 *       candidate groups in its region, unless camunda-admin hands it over;</li>
 *   <li>BPMN errors and escalations thrown from a task are refused: no model of ours catches one.</li>
 * </ul>
 * A refusal names the variable (400; 403 for candidates), before the command has written anything,
 * and only after the command's own checks have let the caller act on the task at all.
 *
 * <p>Runs after {@link TaskCompletionLock}: it reads the task, which must not happen before the lock.
 */
class TaskCommandGuard extends CommandInterceptor {

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
        || isVariableCommand(command) || isCandidateChange(command) || isHandOver(command)
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd;
  }

  private static boolean isVariableCommand(Command<?> command) {
    return command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd;
  }

  /** Adding or removing identity links; Camunda's assign and set-owner are identity-link commands too. */
  private static boolean isCandidateChange(Command<?> command) {
    return (command instanceof AbstractAddIdentityLinkCmd && !isHandOver(command))
        || command instanceof DeleteIdentityLinkCmd;
  }

  private static boolean isHandOver(Command<?> command) {
    return command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd
        || command instanceof SetTaskOwnerCmd || command instanceof DelegateTaskCmd;
  }

  private void check(CommandContext context, Command<?> command) {
    String taskId = (String) argument(command, isVariableCommand(command) ? "entityId" : "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers that there is no such task
    }
    InputRejectedException refusal = refusal(context, task, command);
    if (refusal != null) {
      // Someone who may not act on the task at all is told so first (403, or 404 for another
      // region), as the command would: a 400 would confirm the task exists.
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        if (isVariableCommand(command)) {
          checker.checkUpdateTaskVariable(task);
        } else if (isCandidateChange(command) || (isHandOver(command) && !(command instanceof ClaimTaskCmd))) {
          checker.checkTaskAssign(task);
        } else {
          checker.checkTaskWork(task);
        }
      }
      throw refusal;
    }
  }

  /** Why the command may not do what it carries, or null; drops read-only fields sent back unchanged. */
  private InputRejectedException refusal(CommandContext context, TaskEntity task, Command<?> command) {
    if (command instanceof HandleTaskBpmnErrorCmd) {
      // Uncaught, Camunda ends the instance: whoever holds a task could end the process.
      return InputRejectedException.badInput("errorCode", "流程不接受从任务抛出的业务错误，请按表单办理");
    }
    if (command instanceof HandleTaskEscalationCmd) {
      return InputRejectedException.badInput("escalationCode", "流程不接受从任务发起的升级，请按表单办理");
    }
    if (isCandidateChange(command)) {
      // Listeners take the project or function a task answers for from its candidate groups.
      return context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication()) ? null
          : new InputRejectedException(403, argument(command, "groupId") != null ? "groupId" : "userId",
              "任务的候选组和候选人由流程决定，只有流程管理员可以调整");
    }
    if (isHandOver(command)) {
      String user = (String) argument(command, "userId");
      boolean mayTake = user == null || user.equals(context.getAuthentication().getUserId())
          || context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication())
          || context.runWithoutAuthorization((Callable<Boolean>) () -> isCandidate(context, task, user));
      // Whoever holds a task gets Camunda's task permission: an approver could otherwise hand a step
      // to a project office, which would then approve its own request.
      return mayTake ? null : InputRejectedException.badInput("userId", "只能交给本任务候选组中本区域的成员办理：" + user);
    }
    if (isVariableCommand(command)) {
      // A task-local value set beforehand would be what the completion's listeners check while the
      // process goes on with the completion's own: variables travel with the completion only.
      return InputRejectedException.badInput(firstName(command), "任务变量只能在办理任务时随表单一并提交");
    }
    Map<?, ?> variables = (Map<?, ?>) argument(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
    if (variables == null || variables.isEmpty()) {
      return null;
    }
    TaskFormFields form = formOf(context, task);
    Map<String, Object> written = new LinkedHashMap<>();
    boolean rewritten = false;
    for (Object key : variables.keySet()) {
      String name = String.valueOf(key);
      // A VariableMap's entries unwrap their values, and a serialized one throws: take it typed, as sent.
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(key);
      if (form.editable().containsKey(name)) {
        Object kept = form.transientKeys().contains(name) ? asTransient(value) : value;
        rewritten |= kept != value;
        written.put(name, kept);
      } else if (!form.readOnly().containsKey(name)) {
        return notInForm(name);
      } else if (!unchanged(task.getVariableTyped(name, false), value)) {
        return InputRejectedException.badInput(name, "「" + form.labelOf(name) + "」只供查看，办理时不能修改");
      }
    }
    if (rewritten || written.size() < variables.size()) {
      // Read-only fields sent back unchanged are not written again: no history entry, no change of type. Answers the
      // form marks transient are written for this transaction only.
      CommandFields.replace(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables",
          Variables.fromMap(written), getClass());
    }
    return null;
  }

  /** The value as sent, kept for the completion's transaction only (TaskFormFields#transientKeys). */
  private static Object asTransient(Object value) {
    if (value instanceof TypedValue typed && !(typed.getType() instanceof PrimitiveValueType)) {
      // a serialized object cannot be read here without deserializing it: it goes on as sent, and the task's
      // listener refuses what is not an answer it knows
      return value;
    }
    Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
    return plain == null ? Variables.untypedNullValue(true) : Variables.untypedValue(plain, true);
  }

  /** Whether the user is a candidate of the task, or a member of one of its groups, in the task's region. */
  private static boolean isCandidate(CommandContext context, TaskEntity task, String user) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (user.equals(link.getUserId())) {
        return true;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    ReadOnlyIdentityProvider identities = context.getReadOnlyIdentityProvider();
    return !groups.isEmpty()
        && identities.createGroupQuery().groupMember(user).groupIdIn(groups.toArray(String[]::new)).count() > 0
        && (task.getTenantId() == null || identities.createTenantQuery().userMember(user).includingGroupsOfUser(true)
            .tenantIdIn(task.getTenantId()).count() > 0);
  }

  /** The variable a set, patch or removal names first, for the refusal to point at. */
  private static String firstName(Command<?> command) {
    Collection<?> names = command instanceof RemoveTaskVariablesCmd ? (Collection<?>) argument(command, "variableNames")
        : ((Map<?, ?>) Objects.requireNonNullElse(argument(command, "variables"), Map.of())).keySet();
    if (names.isEmpty() && command instanceof PatchTaskVariablesCmd) {
      names = (Collection<?>) Objects.requireNonNullElse(argument(command, "deletions"), List.of());
    }
    return names.isEmpty() ? "variables" : String.valueOf(names.iterator().next());
  }

  private static InputRejectedException notInForm(String name) {
    return InputRejectedException.badInput(name, "此任务的表单没有这一项，办理时不能写入");
  }

  private static Object argument(Command<?> command, String name) {
    return CommandFields.read(command, name, TaskCommandGuard.class);
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
