package com.regionops.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level model folders as one deployment with a fixed name and folder-relative
 * resource names, so `java -jar`, `mvn spring-boot:run` and tests produce identical deployments
 * and a restart with unchanged files deploys nothing (PLATFORM-NOTES 1 and 3).
 */
@Component
class ModelDeployer implements InitializingBean {

  public static final String DEPLOYMENT_NAME = "regionops-models";
  public static final List<String> MODEL_FOLDERS = List.of("processes/*.bpmn", "dmn/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final String locationPrefix;

  @Autowired
  public ModelDeployer(RepositoryService repositoryService) {
    this(repositoryService, "classpath*:");
  }

  ModelDeployer(RepositoryService repositoryService, String locationPrefix) {
    this.repositoryService = repositoryService;
    this.locationPrefix = locationPrefix;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    deploy();
  }

  /** Returns the deployment that holds the current models, or null when there are none. */
  public Deployment deploy() throws IOException {
    Map<String, Resource> resources = findModels();
    if (resources.isEmpty()) {
      LOG.info("No models found under {}", MODEL_FOLDERS);
      return null;
    }
    // Duplicate filtering compares the whole set: when any file changed, every file is
    // redeployed together. Forms are bound with binding="deployment", so a process must
    // always sit in the same deployment as the forms it references.
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    List<InputStream> streams = new ArrayList<>();
    try {
      for (Map.Entry<String, Resource> entry : resources.entrySet()) {
        InputStream in = entry.getValue().getInputStream();
        streams.add(in);
        builder.addInputStream(entry.getKey(), in);
      }
      Deployment deployment = builder.deploy();
      LOG.info("Models: {} resources, current deployment {} of {}", resources.size(), deployment.getId(),
          deployment.getDeploymentTime());
      return deployment;
    } finally {
      for (InputStream in : streams) {
        in.close();
      }
    }
  }

  /** Folder-relative resource names (processes/x.bpmn) mapped to their content. */
  public Map<String, Resource> findModels() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> found = new LinkedHashMap<>();
    for (String pattern : MODEL_FOLDERS) {
      String folder = pattern.substring(0, pattern.indexOf('/'));
      for (Resource resource : resolver.getResources(locationPrefix + pattern)) {
        found.putIfAbsent(folder + "/" + resource.getFilename(), resource);
      }
    }
    return found;
  }
}
