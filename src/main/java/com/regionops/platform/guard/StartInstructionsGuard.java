package com.regionops.platform.guard;

import com.regionops.platform.security.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A start "at activities" (engine REST's startInstructions, optionally skipping listeners and
 * input mappings) needs only the right to start instances, yet it skips whatever validates the
 * start: a plan adjustment could begin at its approval with no request row behind it. Only
 * camunda-admin may do that, as an operator repairing an instance (hostile-input corpus ers-020).
 */
class StartInstructionsGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
          refuseUnlessAdmin(configuration);
        }
        return next.execute(command);
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static void refuseUnlessAdmin(ProcessEngineConfigurationImpl configuration) {
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null
        && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      throw new AuthorizationException("仅流程管理员可从指定环节发起流程（startInstructions）");
    }
  }

}
