-- The reporting read model: what each module publishes for the atlas, the dashboard, the knowledge hub and the open
-- data API (the impact module reads these views and nothing else; ImpactReadModelIT checks it). Each view belongs to
-- the module named above it, which keeps it in step with its own tables; its name is a constant of that module's API
-- (…Reporting). A later change to a column a view reads must recreate the view (PostgreSQL refuses it otherwise).

-- directory (directory.ExpertReporting): experts with their account's state and whether they show their origins
create view report_expert as
select p.id, p.user_id, p.gender, p.residence_country,
       case when exists (select 1 from app_user u where u.id = p.user_id and u.status = 'ACTIVE')
            then true else false end as account_active,
       case when exists (select 1 from expert_visibility v where v.profile_id = p.id
                                and v.section = 'ORIGINS' and v.visibility = 'ONLY_ME')
            then false else true end as origins_shown
from expert_profile p;

create view report_expert_heritage as
select profile_id, country_code from expert_heritage_country;

create view report_expert_sector as
select profile_id, sector_code from expert_sector;

-- missions (missions.MissionReporting): public missions only (published and after, not cancelled)
create view report_mission as
select m.id, m.title, m.summary, m.institution_name, m.country, m.city, m.mode, m.start_date, m.end_date,
       m.duration_weeks, m.experts_needed, m.status, m.published_at
from mission m
where m.status in ('PUBLISHED', 'STAFFED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED');

create view report_mission_moment as
select mission_id,
       min(case when to_status = 'STAFFED' then at end) as staffed_at,
       min(case when to_status = 'COMPLETED' then at end) as completed_at
from mission_transition
group by mission_id;

create view report_mission_sector as
select mission_id, sector_code from mission_sector;

create view report_mission_outcome as
select mission_id, people_trained, jobs_created, services_delivered, recorded_at from mission_outcome;

create view report_mission_summary as
select mission_id, summary_html, topic_id, published_at, featured from mission_summary;

create view report_application as
select mission_id, expert_user_id, applied_at, decided_at, status from mission_application;

-- institutions (institutions.InstitutionReporting): verified institutions only
create view report_institution as
select id, name, type, country, city, website from institution where status = 'VERIFIED';

-- communities (communities.CommunityReporting): the sector communities
create view report_community as
select id, sector_code, name_en, name_fr from community;
