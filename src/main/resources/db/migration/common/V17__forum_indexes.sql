-- Rate limits and trust count a member's recent posts and topics.
create index ix_post_author_created on post (author_id, created_at);
create index ix_topic_author_created on topic (author_id, created_at);
