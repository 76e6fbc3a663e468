import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Site-wide models, split from 0001 so the user model comes before Wagtail's migrations."""

    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.CreateModel(
            name='SocialMediaSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('facebook', models.URLField(blank=True, verbose_name='Facebook')),
                ('instagram', models.URLField(blank=True, verbose_name='Instagram')),
                ('x', models.URLField(blank=True, verbose_name='X (Twitter)')),
                ('youtube', models.URLField(blank=True, verbose_name='YouTube')),
                ('linkedin', models.URLField(blank=True, verbose_name='LinkedIn')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'social media',
            },
        ),
        migrations.CreateModel(
            name='SiteIdentity',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('site_name', models.CharField(max_length=120, verbose_name='site name')),
                ('tagline', models.CharField(blank=True, max_length=200, verbose_name='tagline')),
                ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact email')),
                ('contact_phone', models.CharField(blank=True, max_length=40, verbose_name='contact phone')),
                ('address', models.TextField(blank=True, verbose_name='postal address')),
                ('footer_text', models.TextField(blank=True, verbose_name='footer text')),
                ('privacy_page', models.ForeignKey(blank=True, help_text='Linked from the footer and from every form that asks for consent.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='privacy policy page')),
                ('eu_funding_statement', models.CharField(help_text='Shown beside the EU emblem, e.g. "Funded by the European Union".', max_length=120, verbose_name='EU funding statement')),
                ('eu_disclaimer', models.TextField(help_text="The disclaimer required of every EU-funded action's publications and sites.", verbose_name='EU disclaimer')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('logo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
            ],
            options={
                'verbose_name': 'site identity',
                'verbose_name_plural': 'site identity',
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
    ]
