-- Issue 16 renamed three events. Publications stored before the upgrade (some perhaps not yet completed, republished
-- at start-up) name the old classes in their type and in their listener's id: point them at the new names.
update event_publication set
    event_type = case event_type
        when 'org.passerelle.missions.ApplicationEvent' then 'org.passerelle.missions.ApplicationMoved'
        when 'org.passerelle.communities.ForumActivity' then 'org.passerelle.communities.ForumActivityOccurred'
        when 'org.passerelle.matching.MissionAlert' then 'org.passerelle.matching.MatchingMissionsFound'
        else event_type end,
    listener_id = replace(replace(replace(listener_id,
        'org.passerelle.missions.ApplicationEvent)', 'org.passerelle.missions.ApplicationMoved)'),
        'org.passerelle.communities.ForumActivity)', 'org.passerelle.communities.ForumActivityOccurred)'),
        'org.passerelle.matching.MissionAlert)', 'org.passerelle.matching.MatchingMissionsFound)');

update event_publication_archive set
    event_type = case event_type
        when 'org.passerelle.missions.ApplicationEvent' then 'org.passerelle.missions.ApplicationMoved'
        when 'org.passerelle.communities.ForumActivity' then 'org.passerelle.communities.ForumActivityOccurred'
        when 'org.passerelle.matching.MissionAlert' then 'org.passerelle.matching.MatchingMissionsFound'
        else event_type end,
    listener_id = replace(replace(replace(listener_id,
        'org.passerelle.missions.ApplicationEvent)', 'org.passerelle.missions.ApplicationMoved)'),
        'org.passerelle.communities.ForumActivity)', 'org.passerelle.communities.ForumActivityOccurred)'),
        'org.passerelle.matching.MissionAlert)', 'org.passerelle.matching.MatchingMissionsFound)');
