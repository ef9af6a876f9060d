module esoguard/bench/readyprobe

go 1.19
