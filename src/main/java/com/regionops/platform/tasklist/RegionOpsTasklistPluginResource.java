package com.regionops.platform.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * The plugin's files ({@code /camunda/api/tasklist/plugin/regionops/static/app/…}) and what its
 * script asks of the server with the person's Tasklist session ({@code …/regionops/{engine}/…}).
 */
@Path("plugin/" + RegionOpsTasklistPlugin.ID)
public class RegionOpsTasklistPluginResource extends AbstractTasklistPluginRootResource {

  public RegionOpsTasklistPluginResource() {
    super(RegionOpsTasklistPlugin.ID);
  }

  /** plugin.js imports documents.js (the task's 资料与附件 tab); Camunda serves only the files listed here. */
  @Override
  protected java.util.List<String> getAllowedAssets() {
    return java.util.List.of("app/plugin.js", "app/plugin.css", "app/documents.js", "app/board.js", "app/board-drill.js",
        "app/board-image.js", "app/dom.js", "app/knowledge.js");
  }

  @Path("{engine}")
  public EngineResource engine(@PathParam("engine") String engine) {
    return subResource(new EngineResource(engine), engine);
  }

  public static class EngineResource extends AbstractTasklistPluginResource {

    EngineResource(String engine) {
      super(engine);
    }

    /**
     * Whether 创建任务 can work for this person: the engine must take free-standing tasks at all
     * (ours does not: such a task would belong to no region) and grant the person CREATE on tasks.
     * An authorization check alone said yes to camunda-admin, whose click then failed.
     */
    @GET
    @Path("may-create-task")
    @Produces(MediaType.APPLICATION_JSON)
    public String mayCreateTask() {
      ProcessEngine engine = getProcessEngine();
      boolean enabled = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .isStandaloneTasksEnabled();
      Authentication person = engine.getIdentityService().getCurrentAuthentication();
      boolean granted = person != null && engine.getAuthorizationService().isUserAuthorized(person.getUserId(),
          person.getGroupIds(), Permissions.CREATE, Resources.TASK);
      return "{\"mayCreateTask\":" + (enabled && granted) + "}";
    }
  }
}
