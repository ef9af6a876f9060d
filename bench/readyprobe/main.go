// readyprobe measures a server's time to ready: it starts the command after `--`, polls an
// HTTPS URL every millisecond until it answers 200 (with -any: answers at all), prints the milliseconds from just before the
// start to that answer, then stops the command (SIGTERM, then SIGKILL after -grace).
//
// bench/run uses it instead of a shell loop of curl: spawning curl costs 10–100 ms on a busy
// 2-core machine, more than the 50 ms being measured.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	url := flag.String("url", "", "HTTPS URL to poll, e.g. https://127.0.0.1:8443/readyz")
	timeout := flag.Duration("timeout", 10*time.Second, "give up after this long")
	grace := flag.Duration("grace", 5*time.Second, "time the command gets to exit after SIGTERM")
	anyStatus := flag.Bool("any", false, "any HTTP answer counts as ready (servers without a readiness route)")
	flag.Parse()
	if *url == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: readyprobe -url URL [-timeout 10s] -- command [args...]")
		os.Exit(2)
	}

	client := &http.Client{
		Timeout: time.Second,
		Transport: &http.Transport{
			// The bench certificate is self-signed; only readiness is measured here.
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	// The server must not outlive the probe, even if the probe is killed.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)

	start := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "readyprobe:", err)
		os.Exit(1)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	code := 1
	ready := false
	for !ready {
		select {
		case <-signals:
			stop(cmd, exited, *grace)
			os.Exit(130)
		case err := <-exited:
			fmt.Fprintln(os.Stderr, "readyprobe: the command exited before it was ready:", err)
			os.Exit(1)
		default:
		}
		if time.Since(start) > *timeout {
			fmt.Fprintf(os.Stderr, "readyprobe: not ready within %v\n", *timeout)
			break
		}
		if resp, err := client.Get(*url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK || *anyStatus {
				fmt.Printf("%.1f\n", float64(time.Since(start).Microseconds())/1000)
				ready, code = true, 0
				break
			}
		}
		time.Sleep(time.Millisecond)
	}
	stop(cmd, exited, *grace)
	os.Exit(code)
}

func stop(cmd *exec.Cmd, exited chan error, grace time.Duration) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(grace):
		_ = cmd.Process.Kill()
		<-exited
	}
}
