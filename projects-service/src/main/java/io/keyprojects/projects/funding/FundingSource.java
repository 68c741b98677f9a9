package io.keyprojects.projects.funding;

/** Where a project's money comes from (资金来源), in the order the county lists them. */
public enum FundingSource {
    /** 上级补助: grants from the province and the state. */
    SUPERIOR_GRANT,
    /** 财政拨款: the county's own budget. */
    FISCAL_APPROPRIATION,
    /** 融资/专项债: loans and special-purpose bonds. */
    FINANCING_AND_BONDS,
    /** 土地出让: proceeds of land sales. */
    LAND_TRANSFER,
    /** 社会资本: private capital (PPP, enterprise investment). */
    SOCIAL_CAPITAL
}
