package io.keyprojects.projects.project;

/** 基础设施, 民生, 产业, 城市更新, 生态, 社会事业. */
public enum ProjectCategory {
    INFRASTRUCTURE, LIVELIHOOD, INDUSTRY, URBAN_RENEWAL, ECOLOGY, PUBLIC_SERVICE
}
