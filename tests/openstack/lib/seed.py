#!/usr/bin/python3
"""Seed data of the Phoenix OpenStack test bed (idempotent: creates only what is missing).

    seed.py identity    projects, users, roles, service catalog, labadmin's application credential
    seed.py resources   images, flavors, networks, router, quotas

Settings come from the environment (exported by up.sh). Uses openstacksdk as the admin user.
"""
import os
import sys

import openstack
from keystoneauth1 import exceptions as ks_exc
from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

ENV = os.environ
IP = ENV['LAB_IP']
AUTH_URL = ENV['KEYSTONE_URL']
REGION = ENV['LAB_REGION']
PROJECT = ENV['LAB_PROJECT']

# (name, password, roles on the classroom project)
LAB_USERS = [
    ('labadmin', ENV['LABADMIN_PASS'], ('admin', 'member')),
    ('teacher1', 'teacher1-pass', ('member',)),
    ('teacher2', 'teacher2-pass', ('member',)),
    ('student1', 'student1-pass', ('member',)),
    ('student2', 'student2-pass', ('member',)),
    ('student3', 'student3-pass', ('member',)),
]
SERVICE_USERS = ('glance', 'placement', 'nova', 'neutron')
CATALOG = [  # (service name, type, description, url)
    ('glance', 'image', 'OpenStack Image', 'http://%s:9292' % IP),
    ('placement', 'placement', 'Placement API', 'http://%s:8778' % IP),
    ('nova', 'compute', 'OpenStack Compute', 'http://%s:8774/v2.1' % IP),
    ('neutron', 'network', 'OpenStack Networking', 'http://%s:9696' % IP),
]
FLAVORS = [  # (name, vcpus, ram MiB, disk GiB)
    ('desk.tiny', 1, 512, 1),
    ('desk.small', 2, 4096, 40),
    ('desk.large', 4, 8192, 80),
]
IMAGES = [  # (name, properties)
    ('win10-edu', {'os_type': 'windows', 'os_distro': 'windows', 'os_version': '10'}),
    ('ubuntu-22.04-desktop', {'os_type': 'linux', 'os_distro': 'ubuntu', 'os_version': '22.04'}),
]
# district scale (issue 18): 200 desktops in one bulk action, 1,000 in one listing, beside the tests' own
SCHOOL_COMPUTE_QUOTA = dict(instances=1500, cores=4000, ram=1500 * 8192)
SCHOOL_NETWORK_QUOTA = dict(ports=1500, floating_ips=240, networks=20, subnets=20, routers=10,
                            security_groups=50, security_group_rules=500)


def say(msg):
    print(msg, flush=True)


def connect(user, password, project):
    return openstack.connect(auth_url=AUTH_URL, username=user, password=password,
                             project_name=project, user_domain_id='default',
                             project_domain_id='default', region_name=REGION,
                             interface='public', identity_api_version='3')


def admin_conn():
    return connect('admin', ENV['ADMIN_PASS'], 'admin')


def password_works(user, password, project):
    auth = v3.Password(auth_url=AUTH_URL, username=user, password=password,
                       user_domain_id='default', project_name=project,
                       project_domain_id='default')
    try:
        ks_session.Session(auth=auth).get_token()
        return True
    except ks_exc.Unauthorized:
        return False


# ---------------------------------------------------------------------------
def seed_identity():
    conn = admin_conn()
    idn = conn.identity

    def project(name, description):
        p = idn.find_project(name, domain_id='default')
        if not p:
            p = idn.create_project(name=name, domain_id='default', description=description)
            say('created project %s' % name)
        return p

    def role(name):
        r = idn.find_role(name)
        if not r:
            r = idn.create_role(name=name)
            say('created role %s' % name)
        return r

    def user(name, password, default_project):
        u = idn.find_user(name, domain_id='default')
        if not u:
            u = idn.create_user(name=name, password=password, domain_id='default',
                                default_project_id=default_project.id,
                                email='%s@school.invalid' % name, is_enabled=True)
            say('created user %s' % name)
        elif not password_works(name, password, default_project.name):
            # only when needed: a password change revokes the user's tokens
            idn.update_user(u, password=password)
            say('reset password of %s' % name)
        return u

    def grant(proj, usr, rol):
        if not list(idn.role_assignments(scope_project_id=proj.id, user_id=usr.id,
                                         role_id=rol.id)):
            idn.assign_project_role_to_user(proj, usr, rol)
            say('granted %s on %s to %s' % (rol.name, proj.name, usr.name))

    roles = {name: role(name) for name in ('admin', 'member', 'reader', 'service')}
    service = project('service', 'OpenStack service users')
    school = project(PROJECT, 'Phoenix classroom project')

    # Service users need the "service" role as well: with service_token_roles_required,
    # Nova's service tokens to Neutron and Glance are refused without it.
    for name in SERVICE_USERS:
        u = user(name, ENV['SERVICE_PASS'], service)
        grant(service, u, roles['admin'])
        grant(service, u, roles['service'])

    for name, password, role_names in LAB_USERS:
        u = user(name, password, school)
        for r in role_names:
            grant(school, u, roles[r])

    for name, stype, description, url in CATALOG:
        svc = next((s for s in idn.services() if s.type == stype), None)
        if not svc:
            svc = idn.create_service(name=name, type=stype, description=description,
                                     is_enabled=True)
            say('created service %s' % name)
        for iface in ('public', 'internal', 'admin'):
            eps = list(idn.endpoints(service_id=svc.id, interface=iface))
            if not eps:
                idn.create_endpoint(service_id=svc.id, interface=iface, url=url,
                                    region_id=REGION)
                say('created %s endpoint %s' % (iface, url))
            elif eps[0].url != url:
                idn.update_endpoint(eps[0], url=url)

    seed_appcred()
    say('identity seeded')


def seed_appcred():
    """An application credential of labadmin on the classroom project, fixed secret."""
    lab = connect('labadmin', ENV['LABADMIN_PASS'], PROJECT)
    me = lab.current_user_id
    name, secret = ENV['APPCRED_NAME'], ENV['APPCRED_SECRET']
    cred = next((c for c in lab.identity.application_credentials(me) if c.name == name), None)
    if cred is None:
        cred = lab.identity.create_application_credential(
            me, name=name, secret=secret,
            description='Phoenix test bed: labadmin on %s' % PROJECT)
        say('created application credential %s (%s)' % (name, cred.id))
    with open(ENV['APPCRED_ID_FILE'], 'w') as f:
        f.write(cred.id + '\n')


# ---------------------------------------------------------------------------
def seed_resources():
    conn = admin_conn()
    school = conn.identity.find_project(PROJECT, domain_id='default')
    admin_project = conn.identity.find_project('admin', domain_id='default')

    # images: small public raw images (the fake driver never reads them)
    for name, props in IMAGES:
        images = list(conn.image.images(name=name))
        if any(i.status == 'active' for i in images):
            continue
        for leftover in images:           # half-created by an interrupted run
            conn.image.delete_image(leftover)
        conn.image.create_image(name=name, filename=ENV['IMAGE_FILE'], disk_format='raw',
                                container_format='bare', visibility='public',
                                use_import=False, wait=True, **props)
        say('created image %s' % name)

    for name, vcpus, ram, disk in FLAVORS:
        if not conn.compute.find_flavor(name, ignore_missing=True):
            conn.compute.create_flavor(name=name, vcpus=vcpus, ram=ram, disk=disk,
                                       is_public=True)
            say('created flavor %s' % name)

    net = conn.network
    # external network "public": flat on physnet "public"; TEST-NET-3, exists only in the DB
    public = net.find_network('public')
    if not public:
        public = net.create_network(name='public', project_id=admin_project.id,
                                    is_router_external=True, provider_network_type='flat',
                                    provider_physical_network='public')
        say('created network public')
    if not net.find_subnet('public-subnet'):
        net.create_subnet(name='public-subnet', network_id=public.id,
                          project_id=admin_project.id, ip_version=4, cidr='203.0.113.0/24',
                          gateway_ip='203.0.113.1', is_dhcp_enabled=False,
                          allocation_pools=[{'start': '203.0.113.10',
                                             'end': '203.0.113.250'}])
        say('created subnet public-subnet')

    def project_network(name, subnet_name, cidr, gateway):
        network = net.find_network(name, project_id=school.id)
        if not network:
            network = net.create_network(name=name, project_id=school.id)
            say('created network ' + name)
        subnet = net.find_subnet(subnet_name, project_id=school.id)
        if not subnet:
            subnet = net.create_subnet(name=subnet_name, network_id=network.id,
                                       project_id=school.id, ip_version=4,
                                       cidr=cidr, gateway_ip=gateway,
                                       dns_nameservers=[], is_dhcp_enabled=True)
            say('created subnet ' + subnet_name)
        return subnet

    lab_subnet = project_network('lab-net', 'lab-subnet', '10.20.0.0/24', '10.20.0.1')
    # District scale (issue 18): 200 desktops plus the other tests' do not fit lab-net's /24.
    wide_subnet = project_network('lab-net-wide', 'lab-subnet-wide', '10.20.4.0/22', '10.20.4.1')

    router = net.find_router('lab-router', project_id=school.id)
    if not router:
        router = net.create_router(name='lab-router', project_id=school.id,
                                   external_gateway_info={'network_id': public.id})
        say('created router lab-router')
    elif not router.external_gateway_info:
        net.update_router(router, external_gateway_info={'network_id': public.id})
    for subnet in (lab_subnet, wide_subnet):
        attached = any(any(ip['subnet_id'] == subnet.id for ip in port.fixed_ips)
                       for port in net.ports(device_id=router.id))
        if not attached:
            net.add_interface_to_router(router, subnet_id=subnet.id)
            say('attached %s to lab-router' % subnet.name)

    conn.set_compute_quotas(school.id, **SCHOOL_COMPUTE_QUOTA)
    conn.set_network_quotas(school.id, **SCHOOL_NETWORK_QUOTA)
    say('resources seeded')


if __name__ == '__main__':
    {'identity': seed_identity, 'resources': seed_resources}[sys.argv[1]]()
