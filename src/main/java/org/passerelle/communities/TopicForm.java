package org.passerelle.communities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A new topic: its title, tags and first post. */
public class TopicForm {

    @NotBlank(message = "{topic.title.required}")
    @Size(min = 5, max = 200, message = "{topic.title.length}")
    private String title = "";

    @Size(max = 5, message = "{topic.tags.tooMany}")
    private List<@Size(max = 40) String> tags = new ArrayList<>();

    @NotBlank(message = "{post.body.required}")
    @Size(max = PostForm.MAX_LENGTH, message = "{post.body.tooLong}")
    private String body = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
