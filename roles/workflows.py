"""Review before publishing: the research and campaigns sections' workflow.

Wagtail's "Moderators approval" workflow (on the root page since Wagtail's own migrations) covers
every other page. Research and campaigns get a workflow of their own, "Review before publishing",
with one task, "Moderators review", which members of the Moderators group approve (or reject
with a comment). Wagtail emails the task's reviewers when a page is submitted, and the submitter
when it is approved or rejected (WAGTAILADMIN_NOTIFICATION_* settings; each user can turn these
off under Account -> Notifications), in the recipient's admin language.

Like roles.groups, `sync(apps)` works with the real registry and a migration's historical one, and
never changes an assignment an administrator made.
"""

from django.utils.translation import gettext_noop

# Stored in English (data); screens of ours show them translated (`{% trans workflow.name %}`).
WORKFLOW = gettext_noop("Review before publishing")
TASK = gettext_noop("Moderators review")
REVIEWERS = "Moderators"
SECTIONS = ("publications.publicationindexpage", "campaigns.campaignindexpage")


def review_workflow(apps):
    """The workflow and its one task, made when missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=content_type, active=True)
        task.groups.add(Group.objects.get_or_create(name=REVIEWERS)[0])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign(apps, pages):
    """Put `pages` under the review workflow, unless a workflow is assigned to them already."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = review_workflow(apps)
    for page in pages:
        if not WorkflowPage.objects.filter(page_id=page.pk).exists():
            WorkflowPage.objects.create(page_id=page.pk, workflow=workflow)


def sync(apps):
    Page = apps.get_model("wagtailcore", "Page")
    for label in SECTIONS:
        app_label, model = label.split(".")
        assign(
            apps, Page.objects.filter(content_type__app_label=app_label, content_type__model=model)
        )
