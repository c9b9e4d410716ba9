#!/usr/bin/python3
"""nova-compute for the Phoenix test bed: Nova's FakeDriver with two adjustments.

1. FakeDriver keeps its guests in a dict in memory. After nova-compute restarts (down.sh +
   up.sh, a reboot) it would know none of the servers the database still has on this host,
   and stop/start/reboot of those servers would fail. init_host() is therefore extended to
   re-adopt every server recorded for this host, in its last known power state.
2. The fake console endpoints name made-up outside hosts (fakevncconsole.com:6969 ...).
   They are pointed at 127.0.0.1:5900, so a client opening a noVNC URL only makes the proxy
   get "connection refused" on the loopback instead of resolving an outside name — or reach a
   real VNC server that a test puts there (tst_console_nova), with no CONNECT path in between.

Written against nova 26 (Zed, Debian 12: python3-nova). up.sh installs this file as
$PHOENIX_LAB_DIR/nova-compute-fake and starts it with --config-file /etc/nova/nova.conf.
"""
import sys

import nova.cmd  # noqa: F401  (eventlet monkey patching must come first)
from nova import context as nova_context
from nova import objects
from nova.compute import power_state
from nova.compute import vm_states
from nova.virt import fake

# vm_states in which a guest "exists" on the hypervisor
_RESIDENT = {vm_states.ACTIVE, vm_states.STOPPED, vm_states.SUSPENDED, vm_states.PAUSED,
             vm_states.RESCUED, vm_states.RESIZED}
_POWER_STATES = {power_state.RUNNING, power_state.SHUTDOWN, power_state.PAUSED,
                 power_state.SUSPENDED}

_stock_init_host = fake.FakeDriver.init_host


def _init_host_readopting(self, host):
    _stock_init_host(self, host)
    ctxt = nova_context.get_admin_context()
    # nova-compute has no DB access: this goes through nova-conductor
    servers = objects.InstanceList.get_by_host(ctxt, host,
                                               expected_attrs=['flavor', 'info_cache'])
    count = 0
    for inst in servers:
        if inst.vm_state not in _RESIDENT or inst.uuid in self.instances:
            continue
        state = inst.power_state if inst.power_state in _POWER_STATES else power_state.RUNNING
        self.instances[inst.uuid] = fake.FakeInstance(inst.name, state, inst.uuid)
        self.resources.claim(vcpus=inst.flavor.vcpus, mem=inst.flavor.memory_mb,
                             disk=inst.flavor.root_gb)
        network_info = inst.info_cache.network_info if inst.info_cache else None
        for vif in network_info or []:
            self._interfaces[vif['id']] = vif    # so that interface detach works later
        count += 1
    fake.LOG.info('phoenix test bed: re-adopted %d server(s) on %s', count, host)


def _on_loopback(get_console):
    def wrapper(self, context, instance):
        console = get_console(self, context, instance)
        console.host = '127.0.0.1'
        console.port = 5900
        # FakeDriver's internal_access_path 'FAKE' makes nova-novncproxy send an HTTP CONNECT to
        # the endpoint first (and fail on it in Zed: bytes vs str); a VNC server is reached directly.
        if hasattr(console, 'internal_access_path'):
            console.internal_access_path = None
        return console
    wrapper.__name__ = get_console.__name__
    return wrapper


fake.FakeDriver.init_host = _init_host_readopting
for _name in ('get_vnc_console', 'get_spice_console', 'get_rdp_console',
              'get_serial_console', 'get_mks_console'):
    if hasattr(fake.FakeDriver, _name):
        setattr(fake.FakeDriver, _name, _on_loopback(getattr(fake.FakeDriver, _name)))

from nova.cmd.compute import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(main())
