-- The preliminary-work timetable (前期工作时间表).
-- A time node names its responsible unit (责任单位 of that step); NULL: the project's lead unit.
ALTER TABLE milestone ADD COLUMN responsible_unit TEXT;

-- One template of the standard preliminary steps per project category, edited by the commander as a whole;
-- its version (counted by hand, 1 for the seeded ones) is the ETag.
CREATE TABLE milestone_template (
    category   TEXT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL
);

-- Its steps in the order they are done; the last one must be done by the project's planned start (开工).
-- responsible_unit NULL: the lead unit of the project the template is applied to.
CREATE TABLE milestone_template_step (
    id               UUID PRIMARY KEY,
    category         TEXT NOT NULL REFERENCES milestone_template (category),
    position         INT  NOT NULL CHECK (position >= 1),
    kind             TEXT NOT NULL,
    name             TEXT NOT NULL,
    duration_days    INT  NOT NULL CHECK (duration_days BETWEEN 1 AND 3650),
    responsible_unit TEXT,
    UNIQUE (category, position)
);

-- The seeded templates: the usual sequence and working times of the county's approvals; linear
-- infrastructure needs longer for land (征收), industry and ecology for the environmental assessment,
-- urban renewal builds on land the county already holds.
INSERT INTO milestone_template (category, version, updated_at, updated_by) VALUES
    ('INFRASTRUCTURE', 1, now(), 'system'),
    ('LIVELIHOOD', 1, now(), 'system'),
    ('INDUSTRY', 1, now(), 'system'),
    ('URBAN_RENEWAL', 1, now(), 'system'),
    ('ECOLOGY', 1, now(), 'system'),
    ('PUBLIC_SERVICE', 1, now(), 'system');

INSERT INTO milestone_template_step (id, category, position, kind, name, duration_days) VALUES
    (gen_random_uuid(), 'INFRASTRUCTURE', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'INFRASTRUCTURE', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'INFRASTRUCTURE', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'INFRASTRUCTURE', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 90),
    (gen_random_uuid(), 'INFRASTRUCTURE', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 30),
    (gen_random_uuid(), 'INFRASTRUCTURE', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'INFRASTRUCTURE', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'INFRASTRUCTURE', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'INFRASTRUCTURE', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15),
    (gen_random_uuid(), 'LIVELIHOOD', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'LIVELIHOOD', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'LIVELIHOOD', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'LIVELIHOOD', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 60),
    (gen_random_uuid(), 'LIVELIHOOD', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 30),
    (gen_random_uuid(), 'LIVELIHOOD', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'LIVELIHOOD', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'LIVELIHOOD', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'LIVELIHOOD', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15),
    (gen_random_uuid(), 'INDUSTRY', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'INDUSTRY', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'INDUSTRY', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'INDUSTRY', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 60),
    (gen_random_uuid(), 'INDUSTRY', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 45),
    (gen_random_uuid(), 'INDUSTRY', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'INDUSTRY', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'INDUSTRY', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'INDUSTRY', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15),
    (gen_random_uuid(), 'URBAN_RENEWAL', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'URBAN_RENEWAL', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'URBAN_RENEWAL', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'URBAN_RENEWAL', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15),
    (gen_random_uuid(), 'ECOLOGY', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'ECOLOGY', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'ECOLOGY', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'ECOLOGY', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 60),
    (gen_random_uuid(), 'ECOLOGY', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 45),
    (gen_random_uuid(), 'ECOLOGY', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'ECOLOGY', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'ECOLOGY', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'ECOLOGY', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 1, 'PROJECT_APPROVAL', '立项（项目建议书批复）', 30),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 2, 'FEASIBILITY_APPROVAL', '可研批复', 45),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 3, 'PLANNING_PERMIT', '规划选址与用地规划许可', 30),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 4, 'LAND_APPROVAL', '用地预审与农转用、征收报批（用地指标、占补平衡）', 60),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 5, 'ENVIRONMENTAL_ASSESSMENT', '环评批复', 30),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 6, 'PRELIMINARY_DESIGN', '初步设计与概算批复', 30),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 7, 'DRAWING_REVIEW', '施工图审查', 20),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 8, 'TENDERING', '施工招标', 30),
    (gen_random_uuid(), 'PUBLIC_SERVICE', 9, 'CONSTRUCTION_PERMIT', '施工许可', 15);
