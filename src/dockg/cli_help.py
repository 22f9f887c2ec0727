"""``dockg help``: the reference topics shipped with the package, readable offline."""

from __future__ import annotations

import click

from dockg.help_topics import find_topic, format_topic_list, topics


@click.command(name="help")
@click.argument("topic", required=False)
def help_command(topic: str | None) -> None:
    """Read a reference topic (commands, data model, stores...), or list them.

    Without TOPIC, list the topics with their one-line summaries; an unknown TOPIC
    exits 2 with the same list.
    """
    if topic is None:
        click.echo(format_topic_list(topics()), nl=False)
        return
    click.echo(find_topic(topic).text, nl=False)
